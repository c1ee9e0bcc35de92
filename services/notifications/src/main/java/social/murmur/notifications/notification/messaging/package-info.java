/** Kafka listeners that turn other services' events into notifications. */
@NullMarked
package social.murmur.notifications.notification.messaging;

import org.jspecify.annotations.NullMarked;
