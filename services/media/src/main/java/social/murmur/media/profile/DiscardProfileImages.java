package social.murmur.media.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import social.murmur.media.attachment.Attachments;
import social.murmur.media.attachment.FileSweeper;

/**
 * Deletes an account's avatars (or headers) except the one it uses now and those stored
 * within {@link ProfileImageProperties#discardGrace()}: the rows are deleted and their
 * files recorded as orphaned in one transaction, then the files are deleted (those the
 * storage refuses are deleted by the sweeper later). Only that account's images of that
 * kind are touched.
 */
@Service
public class DiscardProfileImages {

	private final ProfileImages images;

	private final Attachments attachments;

	private final TransactionTemplate transactions;

	private final FileSweeper sweeper;

	private final Duration grace;

	public DiscardProfileImages(ProfileImages images, Attachments attachments, TransactionTemplate transactions,
			FileSweeper sweeper, ProfileImageProperties properties) {
		this.images = images;
		this.attachments = attachments;
		this.transactions = transactions;
		this.sweeper = sweeper;
		this.grace = properties.discardGrace();
	}

	/**
	 * @param keepUrl the URL of the image the account uses; an unknown URL (or none)
	 * keeps nothing of that kind
	 * @return how many images were deleted
	 * @throws ProfileImageRefused when the account is missing
	 */
	public int discardAllBut(long accountId, ProfileImageKind kind, String keepUrl) {
		if (accountId < 1) {
			throw new ProfileImageRefused("account_id is required");
		}
		List<String> keys = Objects.requireNonNull(this.transactions.execute((transaction) -> {
			List<String> deleted = this.images.deleteAllBut(accountId, kind, keepUrl, Instant.now().minus(this.grace));
			this.attachments.orphanFiles(deleted);
			return deleted;
		}));
		this.sweeper.sweep(keys);
		return keys.size();
	}

}
