package social.murmur.media.attachment;

import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import social.murmur.media.storage.MediaStorage;

/**
 * Deletes orphaned files (recorded in {@code orphaned_files} in the transaction that
 * deleted their rows) from the storage: at once after that transaction, and again on a
 * schedule for whatever the storage refused, so a file is never left behind for good.
 */
@Component
public class FileSweeper {

	private static final Logger logger = LoggerFactory.getLogger(FileSweeper.class);

	private static final int BATCH = 500;

	private final Attachments attachments;

	private final MediaStorage storage;

	public FileSweeper(Attachments attachments, MediaStorage storage) {
		this.attachments = attachments;
		this.storage = storage;
	}

	/**
	 * Deletes the given orphaned files; those that fail stay recorded for later.
	 * @return how many were deleted
	 */
	public int sweep(Collection<String> keys) {
		int deleted = 0;
		for (String key : keys) {
			try {
				this.storage.delete(key);
				this.attachments.forgetOrphan(key);
				deleted++;
			}
			catch (RuntimeException ex) {
				logger.warn("Could not delete media file {}; will try again later: {}", key, ex.toString());
			}
		}
		return deleted;
	}

	/** Deletes every orphaned file still recorded. */
	@Scheduled(initialDelayString = "PT30S", fixedDelayString = "${murmur.media.sweep-interval:PT5M}")
	public void sweepAll() {
		while (true) {
			var keys = this.attachments.orphanedFiles(BATCH);
			if (sweep(keys) < BATCH) {
				// the last batch, or the storage refuses: try again next time
				return;
			}
		}
	}

}
