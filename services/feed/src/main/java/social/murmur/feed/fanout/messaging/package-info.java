/** Kafka listeners that hand status and follow events to the fan-out use cases. */
@NullMarked
package social.murmur.feed.fanout.messaging;

import org.jspecify.annotations.NullMarked;
