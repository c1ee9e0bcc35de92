/**
 * Kafka listeners that keep account counters in step with the statuses posts publishes.
 */
@NullMarked
package social.murmur.users.account.messaging;

import org.jspecify.annotations.NullMarked;
