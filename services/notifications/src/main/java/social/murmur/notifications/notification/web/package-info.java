/** The Mastodon notifications API: {@code /api/v1/notifications/**}. */
@NullMarked
package social.murmur.notifications.notification.web;

import org.jspecify.annotations.NullMarked;
