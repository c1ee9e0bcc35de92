package social.murmur.users.account.remote;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.UnsafeByteOperations;
import io.grpc.StatusRuntimeException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.media.v1.DiscardProfileImagesRequest;
import social.murmur.contracts.media.v1.ProfileImagesGrpc;
import social.murmur.contracts.media.v1.StoreProfileImageRequest;
import social.murmur.platform.logging.OccasionalWarning;
import social.murmur.users.account.InvalidProfileImage;
import social.murmur.users.account.ProfileImageKind;
import social.murmur.users.account.ProfileImageUpload;
import social.murmur.users.account.ProfileImages;
import social.murmur.users.account.ProfileImagesUnavailable;

/**
 * Avatars and headers stored by the media service ({@code ProfileImages}). Media's
 * refusal of the content becomes {@link InvalidProfileImage} with media's message; any
 * other failure means media could not do it, {@link ProfileImagesUnavailable}.
 */
@Component
class MediaProfileImages implements ProfileImages {

	private static final Logger logger = LoggerFactory.getLogger(MediaProfileImages.class);

	private final ProfileImagesGrpc.ProfileImagesBlockingStub media;

	private final Duration storeDeadline;

	private final OccasionalWarning discardFailures = new OccasionalWarning(logger, Duration.ofMinutes(1));

	MediaProfileImages(ProfileImagesGrpc.ProfileImagesBlockingStub media, ProfileImagesProperties properties) {
		this.media = media;
		this.storeDeadline = properties.storeDeadline();
	}

	@Override
	public String store(long accountId, ProfileImageUpload upload) {
		String url;
		try {
			url = this.media.withDeadlineAfter(this.storeDeadline.toMillis(), TimeUnit.MILLISECONDS)
				.storeProfileImage(StoreProfileImageRequest.newBuilder()
					.setAccountId(accountId)
					.setKind(kind(upload.kind()))
					// The upload's bytes are not changed after this, so they need no
					// copy.
					.setContent(UnsafeByteOperations.unsafeWrap(upload.content()))
					.build())
				.getUrl();
		}
		catch (StatusRuntimeException ex) {
			throw refusal(ex, upload.kind());
		}
		if (url.isBlank()) {
			// The account would silently show the default image instead.
			logger.error("StoreProfileImage answered no URL for account {}", accountId);
			throw new ProfileImagesUnavailable("Media answered no URL for the " + noun(upload.kind()), null);
		}
		return url;
	}

	@Override
	public void discardAllBut(long accountId, ProfileImageKind kind, String keepUrl) {
		try {
			this.media.discardProfileImages(DiscardProfileImagesRequest.newBuilder()
				.setAccountId(accountId)
				.setKind(kind(kind))
				.setKeepUrl(keepUrl)
				.build());
		}
		catch (RuntimeException ex) {
			this.discardFailures.warn("Media did not discard the old " + noun(kind) + " images of account " + accountId
					+ "; they stay until that image changes again", ex);
		}
	}

	private static RuntimeException refusal(StatusRuntimeException ex, ProfileImageKind kind) {
		String description = ex.getStatus().getDescription();
		return switch (ex.getStatus().getCode()) {
			case INVALID_ARGUMENT -> new InvalidProfileImage(
					orElse(description, "Validation failed: " + kind.label() + " is not a supported image"));
			case UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED -> {
				logger.warn("Media did not answer StoreProfileImage: {}", ex.getStatus());
				yield new ProfileImagesUnavailable("Media did not store the " + noun(kind), ex);
			}
			default -> {
				// A fault of media or of the set-up between us (a wrong service secret):
				// nothing the client did wrong, and nothing changed.
				logger.error("StoreProfileImage failed", ex);
				yield new ProfileImagesUnavailable("Media failed to store the " + noun(kind), ex);
			}
		};
	}

	private static social.murmur.contracts.media.v1.ProfileImageKind kind(ProfileImageKind kind) {
		return switch (kind) {
			case AVATAR -> social.murmur.contracts.media.v1.ProfileImageKind.PROFILE_IMAGE_KIND_AVATAR;
			case HEADER -> social.murmur.contracts.media.v1.ProfileImageKind.PROFILE_IMAGE_KIND_HEADER;
		};
	}

	private static String noun(ProfileImageKind kind) {
		return kind.label().toLowerCase(Locale.ROOT);
	}

	private static String orElse(@Nullable String description, String fallback) {
		return (description != null && !description.isBlank()) ? description : fallback;
	}

}
