/**
 * Live events for the streaming API: {@code update} and {@code delete} published on the
 * Redis channels of the accounts that are connected, as statuses enter and leave their
 * home timelines, and once per public status on the public and hashtag channels.
 */
@NullMarked
package social.murmur.feed.streaming;

import org.jspecify.annotations.NullMarked;
