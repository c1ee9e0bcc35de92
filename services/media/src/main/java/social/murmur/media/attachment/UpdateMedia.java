package social.murmur.media.attachment;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import social.murmur.platform.web.ApiException;

/** Changes the alt text and focal point of one's own upload, until it is attached. */
@Service
public class UpdateMedia {

	private final Attachments attachments;

	public UpdateMedia(Attachments attachments) {
		this.attachments = attachments;
	}

	/**
	 * @param description the new alt text, or null to keep it
	 * @param focus the new focal point ({@code "x,y"}), or null or blank to keep it
	 * @throws ApiException 404 when it is unknown or someone else's, 422 for bad values
	 * or once it is attached to a status
	 */
	public Attachment update(long accountId, long id, @Nullable String description, @Nullable String focus) {
		Attachment attachment = this.attachments.find(id)
			.filter((found) -> found.accountId() == accountId)
			.orElseThrow(ApiException::notFound);
		String newDescription = (description != null) ? Description.validate(description) : attachment.description();
		Focus newFocus = (focus != null && !focus.isBlank()) ? Focus.parse(focus) : attachment.focus();
		if (attachment.attached() || !this.attachments.updateDetails(id, newDescription, newFocus)) {
			throw ApiException.unprocessable("Validation failed: Media is already attached to a status");
		}
		return attachment.withDetails(newDescription, newFocus);
	}

}
