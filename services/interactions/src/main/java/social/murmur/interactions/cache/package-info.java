/**
 * Each viewer's favourited status ids and each status's favourites count in Redis, read a
 * page at a time in one round trip; knows nothing of how they are stored for good.
 */
@NullMarked
package social.murmur.interactions.cache;

import org.jspecify.annotations.NullMarked;
