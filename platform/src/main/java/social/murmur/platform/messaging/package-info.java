/**
 * Kafka conventions: the headers of the outbox's records, and consumers that handle a
 * poll's records concurrently across keys and in order within each.
 */
@NullMarked
package social.murmur.platform.messaging;

import org.jspecify.annotations.NullMarked;
