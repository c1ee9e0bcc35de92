package social.murmur.media.attachment;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import social.murmur.media.attachment.image.DecodedImage;
import social.murmur.media.attachment.image.ImageDecoder;
import social.murmur.media.attachment.image.ImageHeader;
import social.murmur.media.attachment.image.ImageInspector;
import social.murmur.media.attachment.image.ImageProcessor;
import social.murmur.media.attachment.image.InvalidImage;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.web.ApiException;

/**
 * Creates an attachment from an upload. Everything a client can get wrong is checked
 * before anything is stored: alt text, focus, size, real format against the declared one,
 * dimensions from the header, and a full decode (which catches truncated and corrupt
 * files). Then the image is processed, either at once or in the background.
 */
@Service
public class UploadMedia {

	private static final Logger logger = LoggerFactory.getLogger(UploadMedia.class);

	private final Attachments attachments;

	private final AttachmentFiles files;

	private final MediaProcessing processing;

	private final FileSweeper sweeper;

	private final IdGenerator ids;

	public UploadMedia(Attachments attachments, AttachmentFiles files, MediaProcessing processing, FileSweeper sweeper,
			IdGenerator ids) {
		this.attachments = attachments;
		this.files = files;
		this.processing = processing;
		this.sweeper = sweeper;
		this.ids = ids;
	}

	/**
	 * @param inBackground whether to answer before the files are made (the attachment is
	 * then still processing)
	 * @throws ApiException 422 for anything wrong with the upload, 503 when too many
	 * uploads are being processed
	 */
	public Attachment upload(long accountId, Upload upload, boolean inBackground) {
		String description = (upload.description() != null) ? Description.validate(upload.description()) : "";
		Focus focus = (upload.focus() != null && !upload.focus().isBlank()) ? Focus.parse(upload.focus())
				: Focus.CENTRE;
		ImageHeader header = inspect(upload);
		try (MediaProcessing.Permit permit = this.processing.acquire()) {
			DecodedImage decoded = decode(upload.bytes(), header);
			Attachment attachment = new Attachment(this.ids.next(), accountId, null, Attachment.State.PROCESSING,
					description, focus, null, Instant.now());
			if (inBackground) {
				this.attachments.insert(attachment);
				if (!this.processing.submit(permit, () -> finish(attachment, decoded))) {
					this.attachments.fail(attachment.id());
					throw new ApiException(503, "The media service is shutting down, please try again");
				}
				return attachment;
			}
			Attachment.Files stored = this.files.store(attachment.id(), ImageProcessor.process(decoded));
			Attachment ready = new Attachment(attachment.id(), accountId, null, Attachment.State.READY, description,
					focus, stored, attachment.createdAt());
			try {
				this.attachments.insert(ready);
			}
			catch (RuntimeException ex) {
				this.files.delete(stored, ex);
				throw ex;
			}
			return ready;
		}
	}

	/** Makes and stores the files of an upload accepted for background processing. */
	void finish(Attachment attachment, DecodedImage decoded) {
		try {
			Attachment.Files stored = this.files.store(attachment.id(), ImageProcessor.process(decoded));
			if (!this.attachments.complete(attachment.id(), stored)) {
				// deleted while it was processed (its status deleted, or purged)
				List<String> keys = List.of(stored.originalKey(), stored.smallKey());
				this.attachments.orphanFiles(keys);
				this.sweeper.sweep(keys);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Processing media attachment {} failed", attachment.id(), ex);
			this.attachments.fail(attachment.id());
		}
	}

	private static ImageHeader inspect(Upload upload) {
		try {
			ImageHeader header = ImageInspector.inspect(upload.bytes());
			if ((upload.contentType() != null && header.format().contradictedByContentType(upload.contentType()))
					|| (upload.fileName() != null && header.format().contradictedByFileName(upload.fileName()))) {
				throw ApiException.unprocessable("Validation failed: File content does not match its declared type ("
						+ header.format().name() + " data)");
			}
			return header;
		}
		catch (InvalidImage ex) {
			throw ApiException.unprocessable("Validation failed: " + ex.getMessage());
		}
	}

	private static DecodedImage decode(byte[] bytes, ImageHeader header) {
		try {
			return ImageDecoder.decode(bytes, header);
		}
		catch (InvalidImage ex) {
			throw ApiException.unprocessable("Validation failed: " + ex.getMessage());
		}
	}

}
