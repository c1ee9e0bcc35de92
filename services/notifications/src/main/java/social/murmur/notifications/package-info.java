/** The notifications service application. */
@NullMarked
package social.murmur.notifications;

import org.jspecify.annotations.NullMarked;
