package social.murmur.users.account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.platform.outbox.ProcessedEvents;

/**
 * Takes a deleted status off its author's count, which never goes below zero (a delete
 * may arrive for a status counted before this service kept counts).
 */
@Service
public class RecordStatusDeleted {

	static final String CONSUMER = "users-status-deleted";

	private final Accounts accounts;

	private final ProcessedEvents processedEvents;

	public RecordStatusDeleted(Accounts accounts, ProcessedEvents processedEvents) {
		this.accounts = accounts;
		this.processedEvents = processedEvents;
	}

	/** Applies the event once; a redelivered event changes nothing. */
	@Transactional
	public void record(StatusDeleted event) {
		if (!this.processedEvents.firstDelivery(CONSUMER, event.getEventId())) {
			return;
		}
		this.accounts.countStatusDeleted(event.getAuthorId());
	}

}
