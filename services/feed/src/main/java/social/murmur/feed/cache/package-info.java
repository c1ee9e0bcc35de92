/**
 * The status and account cache that hydrates timelines without calling posts or users in
 * the steady state.
 */
@NullMarked
package social.murmur.feed.cache;

import org.jspecify.annotations.NullMarked;
