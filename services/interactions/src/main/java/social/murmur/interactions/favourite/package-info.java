/**
 * Favourites: liking and unliking statuses one may see, counts, and the lists of who
 * liked what.
 */
@NullMarked
package social.murmur.interactions.favourite;

import org.jspecify.annotations.NullMarked;
