package social.murmur.media.attachment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import social.murmur.platform.logging.OccasionalWarning;

/**
 * Finds attachments stranded on a status that was never stored. Posts attaches uploads to
 * a status id before it stores the status; if it fails in between, the uploads stay
 * attached to an id nothing will ever show or delete, and the purge of unattached uploads
 * no longer sees them. So attachments attached more than
 * {@code murmur.media.status-check.grace} ago (2 hours: longer than posts may still store
 * a status for an id it attached to) are checked with posts, 100 at a time: those whose
 * status posts has are confirmed and never checked again; the others are deleted, rows
 * and files, as for a deleted status. When posts does not answer, nothing is deleted and
 * the round ends; the next one tries again.
 * <p>
 * Safe to run on every instance at once: a batch stays locked while posts is asked (a
 * call bounded by the gRPC deadline), and other instances skip locked rows.
 */
@Service
public class SweepStrandedAttachments {

	private static final Logger logger = LoggerFactory.getLogger(SweepStrandedAttachments.class);

	static final int BATCH = StoredStatuses.MAX_IDS;

	private final Attachments attachments;

	private final StoredStatuses statuses;

	private final TransactionTemplate transactions;

	private final FileSweeper sweeper;

	private final MediaProperties properties;

	private final OccasionalWarning postsDown = new OccasionalWarning(logger, Duration.ofHours(1));

	public SweepStrandedAttachments(Attachments attachments, StoredStatuses statuses, TransactionTemplate transactions,
			FileSweeper sweeper, MediaProperties properties) {
		this.attachments = attachments;
		this.statuses = statuses;
		this.transactions = transactions;
		this.sweeper = sweeper;
		this.properties = properties;
	}

	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "${murmur.media.status-check.interval:PT30M}")
	public void sweep() {
		Result result = sweepAttachedBefore(Instant.now().minus(this.properties.statusCheck().grace()));
		if (result.deleted() > 0) {
			logger.info("Deleted {} media attachments attached to statuses posts never stored", result.deleted());
		}
	}

	/**
	 * Checks the statuses of unconfirmed attachments attached before the instant, until
	 * none is left or posts does not answer.
	 */
	public Result sweepAttachedBefore(Instant before) {
		int confirmed = 0;
		int deleted = 0;
		while (true) {
			Batch batch;
			try {
				batch = Objects.requireNonNull(this.transactions.execute((transaction) -> checkBatch(before)));
			}
			catch (StoredStatuses.Unavailable ex) {
				this.postsDown.warn("Could not check the statuses of attached media with posts; nothing was deleted, "
						+ "trying again in the next round", ex);
				return new Result(confirmed, deleted, false);
			}
			this.sweeper.sweep(batch.removed().keys());
			confirmed += batch.confirmed();
			deleted += batch.removed().rows();
			if (batch.size() < BATCH) {
				return new Result(confirmed, deleted, true);
			}
		}
	}

	private Batch checkBatch(Instant before) {
		List<Attachments.Unconfirmed> unconfirmed = this.attachments.lockUnconfirmedAttachedBefore(before, BATCH);
		if (unconfirmed.isEmpty()) {
			return new Batch(0, 0, new Attachments.Removed(0, List.of()));
		}
		Set<Long> stored = this.statuses
			.among(unconfirmed.stream().map(Attachments.Unconfirmed::statusId).distinct().toList());
		List<Long> confirm = new ArrayList<>();
		List<Long> delete = new ArrayList<>();
		for (Attachments.Unconfirmed attachment : unconfirmed) {
			(stored.contains(attachment.statusId()) ? confirm : delete).add(attachment.id());
		}
		this.attachments.confirmStatus(confirm);
		return new Batch(unconfirmed.size(), confirm.size(), this.attachments.deleteAll(delete));
	}

	/**
	 * What a round did.
	 *
	 * @param confirmed attachments whose status posts has
	 * @param deleted attachments deleted since posts has no such status
	 * @param complete false when posts did not answer and the round stopped
	 */
	public record Result(int confirmed, int deleted, boolean complete) {
	}

	private record Batch(int size, int confirmed, Attachments.Removed removed) {
	}

}
