package social.murmur.platform.outbox;

import com.google.protobuf.Message;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Appends events to the outbox, inside the caller's transaction. */
public class Outbox {

	private final JdbcTemplate jdbc;

	private final OutboxRelay relay;

	public Outbox(JdbcTemplate jdbc, OutboxRelay relay) {
		this.jdbc = jdbc;
		this.relay = relay;
	}

	/**
	 * Records an event to be published on the given topic, keyed by the owning account
	 * id. Must be called in a transaction: the event is published only if that
	 * transaction commits.
	 */
	public void append(String topic, long accountId, Message event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Outbox.append must run inside a transaction");
		}
		this.jdbc.update("insert into outbox_events (topic, message_key, event_type, payload) values (?, ?, ?, ?)",
				topic, Long.toString(accountId), event.getDescriptorForType().getFullName(), event.toByteArray());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.relay.wakeUp();
			}
		});
	}

}
