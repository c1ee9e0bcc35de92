package social.murmur.media.attachment;

import java.time.Instant;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes uploads never attached to a status within
 * {@code murmur.media.unattached-max-age} (a day by default), rows and files, in batches.
 * Safe to run on every instance at once: rows another instance is deleting are skipped.
 */
@Service
public class PurgeUnattachedMedia {

	private static final Logger logger = LoggerFactory.getLogger(PurgeUnattachedMedia.class);

	static final int BATCH = 500;

	private final Attachments attachments;

	private final TransactionTemplate transactions;

	private final FileSweeper sweeper;

	private final MediaProperties properties;

	public PurgeUnattachedMedia(Attachments attachments, TransactionTemplate transactions, FileSweeper sweeper,
			MediaProperties properties) {
		this.attachments = attachments;
		this.transactions = transactions;
		this.sweeper = sweeper;
		this.properties = properties;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${murmur.media.purge-interval:PT1H}")
	public void purge() {
		int purged = purgeCreatedBefore(Instant.now().minus(this.properties.unattachedMaxAge()));
		if (purged > 0) {
			logger.info("Deleted {} media attachments never attached to a status", purged);
		}
	}

	/** Deletes unattached uploads created before the instant; returns how many. */
	public int purgeCreatedBefore(Instant before) {
		int total = 0;
		while (true) {
			Attachments.Removed removed = Objects.requireNonNull(
					this.transactions.execute((transaction) -> this.attachments.deleteUnattachedBefore(before, BATCH)));
			this.sweeper.sweep(removed.keys());
			total += removed.rows();
			if (removed.rows() < BATCH) {
				return total;
			}
		}
	}

}
