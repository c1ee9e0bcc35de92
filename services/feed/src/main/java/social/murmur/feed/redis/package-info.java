/**
 * Writes of several of feed's Redis stores sent together, in one pipelined round trip.
 */
@NullMarked
package social.murmur.feed.redis;

import org.jspecify.annotations.NullMarked;
