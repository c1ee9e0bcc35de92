package social.murmur.media.attachment;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import social.murmur.platform.outbox.ProcessedEvents;

/**
 * A deleted status takes its attachments along: rows deleted and files recorded as
 * orphaned in one transaction (once per event), then the files deleted.
 */
@Service
public class ForgetStatus {

	static final String CONSUMER = "media-status-deleted";

	private final Attachments attachments;

	private final ProcessedEvents processedEvents;

	private final TransactionTemplate transactions;

	private final FileSweeper sweeper;

	public ForgetStatus(Attachments attachments, ProcessedEvents processedEvents, TransactionTemplate transactions,
			FileSweeper sweeper) {
		this.attachments = attachments;
		this.processedEvents = processedEvents;
		this.transactions = transactions;
		this.sweeper = sweeper;
	}

	public void forget(long eventId, long statusId) {
		List<String> orphaned = Objects.requireNonNull(this.transactions.execute((transaction) -> {
			if (!this.processedEvents.firstDelivery(CONSUMER, eventId)) {
				return List.<String>of();
			}
			return this.attachments.deleteByStatus(statusId).keys();
		}));
		this.sweeper.sweep(orphaned);
	}

}
