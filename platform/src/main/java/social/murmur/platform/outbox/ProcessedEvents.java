package social.murmur.platform.outbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers which events a consumer has applied. Call {@link #firstDelivery} in the
 * transaction that applies the event: on a redelivery it answers false and the event is
 * skipped.
 */
public class ProcessedEvents {

	private final JdbcTemplate jdbc;

	public ProcessedEvents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public boolean firstDelivery(String consumer, long eventId) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("ProcessedEvents.firstDelivery must run inside a transaction");
		}
		return this.jdbc.update(
				"insert into processed_events (consumer, event_id) values (?, ?) on conflict do nothing", consumer,
				eventId) == 1;
	}

}
