/** Tests of the Mastodon notifications API. */
@NullMarked
package social.murmur.notifications.notification.web;

import org.jspecify.annotations.NullMarked;
