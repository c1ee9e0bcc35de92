/**
 * Mastodon's streaming API ({@code /api/v1/streaming}): the WebSocket connections of
 * signed-in accounts, fed from each account's Redis pub/sub channel and from the public
 * and hashtag channels they follow, whichever service or instance published the event,
 * and this instance's presence entries that tell producers whom to publish to.
 */
@NullMarked
package social.murmur.notifications.streaming;

import org.jspecify.annotations.NullMarked;
