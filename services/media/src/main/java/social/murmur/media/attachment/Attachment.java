package social.murmur.media.attachment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import social.murmur.media.attachment.image.Dimensions;

/**
 * A media attachment: an uploaded image, its files once processed, and the status it
 * belongs to once attached.
 *
 * @param statusId the status, null until attached
 * @param description the alt text, empty for none
 * @param files the stored files, null until processed
 */
public record Attachment(long id, long accountId, @Nullable Long statusId, State state, String description, Focus focus,
		@Nullable Files files, Instant createdAt) {

	/** Where an upload is in its life. */
	public enum State {

		/** Accepted and being processed; no files yet. */
		PROCESSING,
		/** Processed; files stored. */
		READY,
		/** Processing failed after the upload was accepted. */
		FAILED

	}

	/**
	 * The stored files.
	 *
	 * @param originalKey the storage key of the full image
	 * @param smallKey the storage key of the preview
	 */
	public record Files(String originalKey, String smallKey, Dimensions original, Dimensions small, String blurhash) {
	}

	public boolean attached() {
		return this.statusId != null;
	}

	public Attachment withDetails(String description, Focus focus) {
		return new Attachment(this.id, this.accountId, this.statusId, this.state, description, focus, this.files,
				this.createdAt);
	}

}
