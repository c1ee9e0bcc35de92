/**
 * Notifications as Mastodon clients see them, rendered once for the HTTP API and the
 * streaming API alike, so that both send the same JSON.
 */
@NullMarked
package social.murmur.notifications.mastodon;

import org.jspecify.annotations.NullMarked;
