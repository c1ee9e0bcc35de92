package social.murmur.users.account;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.platform.outbox.ProcessedEvents;

/** Counts a new status of an account and remembers when it last posted. */
@Service
public class RecordStatusPublished {

	static final String CONSUMER = "users-status-published";

	private final Accounts accounts;

	private final ProcessedEvents processedEvents;

	public RecordStatusPublished(Accounts accounts, ProcessedEvents processedEvents) {
		this.accounts = accounts;
		this.processedEvents = processedEvents;
	}

	/** Applies the event once; a redelivered event changes nothing. */
	@Transactional
	public void record(StatusPublished event) {
		if (!this.processedEvents.firstDelivery(CONSUMER, event.getEventId())) {
			return;
		}
		Instant at = (event.getOccurredAt() > 0) ? Instant.ofEpochMilli(event.getOccurredAt()) : Instant.now();
		this.accounts.countStatusPublished(event.getAuthorId(), at);
	}

}
