/** Unit tests of the notification rules. */
@NullMarked
package social.murmur.notifications.notification;

import org.jspecify.annotations.NullMarked;
