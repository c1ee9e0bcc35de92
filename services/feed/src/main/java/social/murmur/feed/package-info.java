/**
 * The feed service: every account's home timeline, kept in Redis and read with hydration.
 */
@NullMarked
package social.murmur.feed;

import org.jspecify.annotations.NullMarked;
