package social.murmur.media.profile.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import social.murmur.contracts.media.v1.DiscardProfileImagesRequest;
import social.murmur.contracts.media.v1.DiscardProfileImagesResponse;
import social.murmur.contracts.media.v1.ProfileImage;
import social.murmur.contracts.media.v1.ProfileImagesGrpc;
import social.murmur.contracts.media.v1.StoreProfileImageRequest;
import social.murmur.media.profile.DiscardProfileImages;
import social.murmur.media.profile.ProfileImageKind;
import social.murmur.media.profile.ProfileImageProperties;
import social.murmur.media.profile.ProfileImageRefused;
import social.murmur.media.profile.StoreProfileImage;
import social.murmur.platform.web.ApiException;

/**
 * Avatars and headers for users, behind the platform's service-token check. A refused
 * image is {@code INVALID_ARGUMENT} with a message users shows the client as it is; no
 * turn to process images within the queue timeout is {@code UNAVAILABLE}.
 */
@Service
class ProfileImagesGrpcService extends ProfileImagesGrpc.ProfileImagesImplBase {

	/**
	 * gRPC's own limit, when {@code spring.grpc.server.max-inbound-message-size} is not
	 * set.
	 */
	static final DataSize GRPC_DEFAULT_LIMIT = DataSize.ofMegabytes(4);

	/** Room for the request's other fields and framing around the file. */
	static final DataSize FRAMING = DataSize.ofKilobytes(1);

	private static final Logger logger = LoggerFactory.getLogger(ProfileImagesGrpcService.class);

	private final StoreProfileImage storeProfileImage;

	private final DiscardProfileImages discardProfileImages;

	ProfileImagesGrpcService(StoreProfileImage storeProfileImage, DiscardProfileImages discardProfileImages,
			ProfileImageProperties properties, Environment environment) {
		checkMessageLimit(environment.getProperty("spring.grpc.server.max-inbound-message-size", DataSize.class,
				GRPC_DEFAULT_LIMIT), properties.maxSize());
		this.storeProfileImage = storeProfileImage;
		this.discardProfileImages = discardProfileImages;
	}

	/**
	 * Refuses to start when the gRPC server would cut off images of the largest accepted
	 * size (with {@code RESOURCE_EXHAUSTED} instead of storing them).
	 */
	static void checkMessageLimit(DataSize serverLimit, DataSize maxSize) {
		if (serverLimit.toBytes() < maxSize.toBytes() + FRAMING.toBytes()) {
			throw new IllegalStateException("spring.grpc.server.max-inbound-message-size (" + serverLimit
					+ ") must be larger than murmur.media.profile-images.max-size (" + maxSize
					+ ") for StoreProfileImage to receive the largest images accepted; leave some headroom");
		}
	}

	@Override
	public void storeProfileImage(StoreProfileImageRequest request, StreamObserver<ProfileImage> responses) {
		ProfileImageKind kind = kind(request.getKind());
		if (kind == null) {
			responses.onError(invalidKind());
			return;
		}
		try {
			var image = this.storeProfileImage.store(request.getAccountId(), kind, request.getContent().toByteArray());
			responses.onNext(ProfileImage.newBuilder()
				.setUrl(image.url())
				.setWidth(image.dimensions().width())
				.setHeight(image.dimensions().height())
				.build());
			responses.onCompleted();
		}
		catch (ProfileImageRefused ex) {
			responses.onError(Status.INVALID_ARGUMENT.withDescription(ex.getMessage()).asRuntimeException());
		}
		catch (ApiException ex) {
			// no turn to process images (503)
			responses.onError(Status.UNAVAILABLE.withDescription(ex.getMessage()).asRuntimeException());
		}
		catch (RuntimeException ex) {
			logger.error("StoreProfileImage failed", ex);
			responses.onError(Status.INTERNAL.withDescription("Internal error").asRuntimeException());
		}
	}

	@Override
	public void discardProfileImages(DiscardProfileImagesRequest request,
			StreamObserver<DiscardProfileImagesResponse> responses) {
		ProfileImageKind kind = kind(request.getKind());
		if (kind == null) {
			responses.onError(invalidKind());
			return;
		}
		try {
			int discarded = this.discardProfileImages.discardAllBut(request.getAccountId(), kind, request.getKeepUrl());
			responses.onNext(DiscardProfileImagesResponse.newBuilder().setDiscarded(discarded).build());
			responses.onCompleted();
		}
		catch (ProfileImageRefused ex) {
			responses.onError(Status.INVALID_ARGUMENT.withDescription(ex.getMessage()).asRuntimeException());
		}
		catch (RuntimeException ex) {
			logger.error("DiscardProfileImages failed", ex);
			responses.onError(Status.INTERNAL.withDescription("Internal error").asRuntimeException());
		}
	}

	private static @Nullable ProfileImageKind kind(social.murmur.contracts.media.v1.ProfileImageKind kind) {
		return switch (kind) {
			case PROFILE_IMAGE_KIND_AVATAR -> ProfileImageKind.AVATAR;
			case PROFILE_IMAGE_KIND_HEADER -> ProfileImageKind.HEADER;
			case PROFILE_IMAGE_KIND_UNSPECIFIED, UNRECOGNIZED -> null;
		};
	}

	private static RuntimeException invalidKind() {
		return Status.INVALID_ARGUMENT.withDescription("kind must be PROFILE_IMAGE_KIND_AVATAR or _HEADER")
			.asRuntimeException();
	}

}
