/**
 * Keeps home timelines current as statuses are published and deleted and accounts are
 * followed and unfollowed.
 */
@NullMarked
package social.murmur.feed.fanout;

import org.jspecify.annotations.NullMarked;
