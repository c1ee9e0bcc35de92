/** The interactions service: likes (favourites), their counts and who liked what. */
@NullMarked
package social.murmur.interactions;

import org.jspecify.annotations.NullMarked;
