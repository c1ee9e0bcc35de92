/** Tests of the Mastodon markers API. */
@NullMarked
package social.murmur.notifications.marker;

import org.jspecify.annotations.NullMarked;
