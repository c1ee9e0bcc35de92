package social.murmur.posts.media;

import java.util.List;
import java.util.stream.Collectors;

import io.grpc.StatusRuntimeException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.media.v1.AttachToStatusRequest;
import social.murmur.contracts.media.v1.AttachmentsGrpc;
import social.murmur.contracts.media.v1.MediaAttachment;
import social.murmur.platform.web.ApiException;

/**
 * Attaches an author's uploads to a new status through the media service. Media decides,
 * all or none, whether the uploads may be attached; its refusals become the 422 a client
 * can act on, and its absence a 503, here rather than in the platform's generic mapping
 * (which would turn {@code NOT_FOUND} into a 404 of the status itself).
 */
@Component
public class MediaAttachments {

	private static final Logger logger = LoggerFactory.getLogger(MediaAttachments.class);

	private final AttachmentsGrpc.AttachmentsBlockingStub media;

	public MediaAttachments(AttachmentsGrpc.AttachmentsBlockingStub media) {
		this.media = media;
	}

	/**
	 * Attaches the uploads to the status, in the order given. Repeating the call for the
	 * same status answers the same attachments, so a retry after a lost answer is safe.
	 * @return the attachments as attached, in the author's order
	 * @throws ApiException 422 when media refuses (unknown, someone else's, still being
	 * processed or attached elsewhere; then nothing was attached), 503 when media does
	 * not answer
	 */
	public List<MediaAttachment> attach(long accountId, long statusId, List<Long> mediaIds) {
		try {
			return this.media
				.attachToStatus(AttachToStatusRequest.newBuilder()
					.setAccountId(accountId)
					.setStatusId(statusId)
					.addAllMediaIds(mediaIds)
					.build())
				.getAttachmentsList();
		}
		catch (StatusRuntimeException ex) {
			throw refusal(ex, mediaIds);
		}
	}

	private static ApiException refusal(StatusRuntimeException ex, List<Long> mediaIds) {
		String ids = mediaIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
		String description = ex.getStatus().getDescription();
		return switch (ex.getStatus().getCode()) {
			case NOT_FOUND ->
				ApiException.unprocessable("Validation failed: " + orElse(description, "Media " + ids + " not found"));
			case FAILED_PRECONDITION -> ApiException.unprocessable("Validation failed: "
					+ orElse(description, "Media " + ids + " not ready or already attached to another post"));
			case INVALID_ARGUMENT -> ApiException
				.unprocessable("Validation failed: " + orElse(description, "Media " + ids + " cannot be attached"));
			case UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED -> {
				logger.warn("Media did not answer AttachToStatus: {}", ex.getStatus());
				yield unavailable();
			}
			default -> {
				// A fault of media or of the set-up between us (a wrong service secret):
				// still no status, and nothing the client did wrong.
				logger.error("AttachToStatus failed", ex);
				yield unavailable();
			}
		};
	}

	private static ApiException unavailable() {
		return new ApiException(503, "Media service temporarily unavailable, please try again");
	}

	private static String orElse(@Nullable String description, String fallback) {
		return (description != null && !description.isBlank()) ? description : fallback;
	}

}
