/** Tests of the streaming API against the real Redis, Kafka and PostgreSQL. */
@NullMarked
package social.murmur.notifications.streaming;

import org.jspecify.annotations.NullMarked;
