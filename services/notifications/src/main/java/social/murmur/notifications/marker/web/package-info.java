/** The Mastodon markers API: {@code /api/v1/markers}. */
@NullMarked
package social.murmur.notifications.marker.web;

import org.jspecify.annotations.NullMarked;
