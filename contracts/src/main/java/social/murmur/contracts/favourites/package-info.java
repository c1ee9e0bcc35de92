/**
 * The layout of the like counts and liked sets interactions keeps in Redis, which other
 * services may read but never write.
 */
@NullMarked
package social.murmur.contracts.favourites;

import org.jspecify.annotations.NullMarked;
