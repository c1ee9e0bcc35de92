/** Tests of the Kafka listeners against the real broker and database. */
@NullMarked
package social.murmur.notifications.notification.messaging;

import org.jspecify.annotations.NullMarked;
