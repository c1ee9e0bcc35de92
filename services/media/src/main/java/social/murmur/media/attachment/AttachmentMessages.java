package social.murmur.media.attachment;

import java.util.List;

import org.springframework.stereotype.Component;
import social.murmur.contracts.media.v1.MediaAttachment;
import social.murmur.contracts.media.v1.MediaDimensions;
import social.murmur.contracts.media.v1.MediaFocus;
import social.murmur.contracts.media.v1.MediaMeta;
import social.murmur.media.attachment.image.Dimensions;
import social.murmur.media.storage.MediaStorage;

/**
 * Attachments as the contract's {@code MediaAttachment} message, with absolute URLs: the
 * gRPC answer, and (through {@code MastodonEntities}) the Mastodon entity.
 */
@Component
public class AttachmentMessages {

	private final MediaStorage storage;

	public AttachmentMessages(MediaStorage storage) {
		this.storage = storage;
	}

	public MediaAttachment toMessage(Attachment attachment) {
		MediaMeta.Builder meta = MediaMeta.newBuilder()
			.setFocus(MediaFocus.newBuilder().setX(attachment.focus().x()).setY(attachment.focus().y()));
		MediaAttachment.Builder message = MediaAttachment.newBuilder()
			.setId(attachment.id())
			.setType("image")
			.setDescription(attachment.description())
			.setAccountId(attachment.accountId())
			.setStatusId((attachment.statusId() != null) ? attachment.statusId() : 0);
		Attachment.Files files = attachment.files();
		if (files != null) {
			message.setUrl(this.storage.url(files.originalKey()))
				.setPreviewUrl(this.storage.url(files.smallKey()))
				.setBlurhash(files.blurhash());
			meta.setOriginal(dimensions(files.original())).setSmall(dimensions(files.small()));
		}
		return message.setMeta(meta).build();
	}

	public List<MediaAttachment> toMessages(List<Attachment> attachments) {
		return attachments.stream().map(this::toMessage).toList();
	}

	private static MediaDimensions dimensions(Dimensions dimensions) {
		return MediaDimensions.newBuilder().setWidth(dimensions.width()).setHeight(dimensions.height()).build();
	}

}
