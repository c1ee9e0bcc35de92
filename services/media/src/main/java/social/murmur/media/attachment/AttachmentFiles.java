package social.murmur.media.attachment;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.stereotype.Component;
import social.murmur.media.attachment.image.EncodedImage;
import social.murmur.media.attachment.image.ProcessedImage;
import social.murmur.media.storage.MediaStorage;

/**
 * Writes the files of a processed upload. Keys hold the attachment id and a random part,
 * {@code files/<id>/<24 hex digits>/original.jpg}, so a URL is never guessable from an id
 * and never points at different content.
 */
@Component
public class AttachmentFiles {

	private static final SecureRandom random = new SecureRandom();

	private final MediaStorage storage;

	public AttachmentFiles(MediaStorage storage) {
		this.storage = storage;
	}

	/** Stores both files; on failure deletes what it stored and rethrows. */
	public Attachment.Files store(long attachmentId, ProcessedImage image) {
		byte[] secret = new byte[12];
		random.nextBytes(secret);
		String folder = "files/" + attachmentId + "/" + HexFormat.of().formatHex(secret) + "/";
		String originalKey = folder + "original." + image.original().format().extension();
		String smallKey = folder + "small." + image.small().format().extension();
		store(originalKey, image.original());
		try {
			store(smallKey, image.small());
		}
		catch (RuntimeException ex) {
			deleteQuietly(originalKey, ex);
			throw ex;
		}
		return new Attachment.Files(originalKey, smallKey, image.original().dimensions(), image.small().dimensions(),
				image.blurhash());
	}

	private void store(String key, EncodedImage file) {
		this.storage.store(key, file.bytes(), file.format().contentType());
	}

	/** Deletes both files, as after a failed insert. */
	public void delete(Attachment.Files files, RuntimeException cause) {
		deleteQuietly(files.originalKey(), cause);
		deleteQuietly(files.smallKey(), cause);
	}

	private void deleteQuietly(String key, RuntimeException cause) {
		try {
			this.storage.delete(key);
		}
		catch (RuntimeException ex) {
			cause.addSuppressed(ex);
		}
	}

}
