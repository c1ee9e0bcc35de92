package social.murmur.media.attachment.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.contracts.mastodon.MediaAttachment;
import social.murmur.media.attachment.Attachment;
import social.murmur.media.attachment.AttachmentMessages;
import social.murmur.media.attachment.Attachments;
import social.murmur.media.attachment.UpdateMedia;
import social.murmur.media.attachment.Upload;
import social.murmur.media.attachment.UploadMedia;
import social.murmur.media.attachment.image.ImageInspector;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.ApiException;
import social.murmur.platform.web.MastodonParams;

/**
 * The Mastodon media API ({@code docs.joinmastodon.org/methods/media}): upload (v2 in the
 * background, v1 at once), show and update one's own attachments. Other accounts'
 * attachments do not exist here (404).
 */
@RestController
class MediaController {

	private final UploadMedia uploadMedia;

	private final UpdateMedia updateMedia;

	private final Attachments attachments;

	private final AttachmentMessages messages;

	private final MastodonEntities entities;

	MediaController(UploadMedia uploadMedia, UpdateMedia updateMedia, Attachments attachments,
			AttachmentMessages messages, MastodonEntities entities) {
		this.uploadMedia = uploadMedia;
		this.updateMedia = updateMedia;
		this.attachments = attachments;
		this.messages = messages;
		this.entities = entities;
	}

	/** 202 while the files are made in the background (then {@code url} is null). */
	@PostMapping("/api/v2/media")
	ResponseEntity<MediaAttachment> uploadInBackground(Identity identity,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@MastodonParams MediaParams params) {
		Attachment attachment = upload(identity, file, params, true);
		return ResponseEntity.status((attachment.files() == null) ? 202 : 200).body(render(attachment));
	}

	@PostMapping("/api/v1/media")
	MediaAttachment upload(Identity identity,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@MastodonParams MediaParams params) {
		return render(upload(identity, file, params, false));
	}

	/** 206 while processing, 200 once done, 422 when processing failed. */
	@GetMapping("/api/v1/media/{id}")
	ResponseEntity<MediaAttachment> show(Identity identity, @PathVariable long id) {
		if (!identity.allows("write:media") && !identity.allows("read:media")) {
			throw new ApiException(403, "This action is outside the authorized scopes");
		}
		long accountId = identity.requireAccount();
		Attachment attachment = this.attachments.find(id)
			.filter((found) -> found.accountId() == accountId)
			.orElseThrow(ApiException::notFound);
		return switch (attachment.state()) {
			case PROCESSING -> ResponseEntity.status(206).body(render(attachment));
			case FAILED -> throw ApiException.unprocessable("Error processing thumbnail for uploaded media");
			case READY -> ResponseEntity.ok(render(attachment));
		};
	}

	@PutMapping("/api/v1/media/{id}")
	ResponseEntity<MediaAttachment> update(Identity identity, @PathVariable long id,
			@MastodonParams MediaParams params) {
		long accountId = identity.requireScope("write:media").requireAccount();
		Attachment attachment = this.updateMedia.update(accountId, id, params.description(), params.focus());
		return ResponseEntity.status((attachment.files() == null) ? 206 : 200).body(render(attachment));
	}

	private Attachment upload(Identity identity, @Nullable MultipartFile file, MediaParams params,
			boolean inBackground) {
		long accountId = identity.requireScope("write:media").requireAccount();
		if (file == null) {
			throw ApiException.unprocessable("Validation failed: File can't be blank");
		}
		if (file.getSize() > ImageInspector.MAX_BYTES) {
			throw ApiException.unprocessable("Validation failed: File is too large (maximum is 16 MB)");
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.uploadMedia.upload(accountId, new Upload(bytes, file.getOriginalFilename(), file.getContentType(),
				params.description(), params.focus()), inBackground);
	}

	private MediaAttachment render(Attachment attachment) {
		return this.entities.mediaAttachment(this.messages.toMessage(attachment));
	}

}
