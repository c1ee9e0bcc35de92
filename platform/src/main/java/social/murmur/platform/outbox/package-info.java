/**
 * The transactional outbox: events are written to the service's own database in the
 * transaction that makes the change, then relayed to Kafka, so none is lost and none is
 * published for a change that rolled back.
 * {@link social.murmur.platform.outbox.ProcessedEvents} makes consumers idempotent.
 */
@NullMarked
package social.murmur.platform.outbox;

import org.jspecify.annotations.NullMarked;
