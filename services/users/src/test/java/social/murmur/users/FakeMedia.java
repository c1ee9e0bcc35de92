package social.murmur.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import social.murmur.contracts.media.v1.DiscardProfileImagesRequest;
import social.murmur.contracts.media.v1.DiscardProfileImagesResponse;
import social.murmur.contracts.media.v1.ProfileImage;
import social.murmur.contracts.media.v1.ProfileImageKind;
import social.murmur.contracts.media.v1.ProfileImagesGrpc;
import social.murmur.contracts.media.v1.StoreProfileImageRequest;

/**
 * The media service's {@code ProfileImages} as users sees it, served on the test
 * context's in-process gRPC server: PNG, GIF and JPEG content is stored (in memory, under
 * a new URL each time), anything else is refused with {@code INVALID_ARGUMENT}, and
 * discarding deletes an account's images of a kind except the one kept. Every call is
 * recorded; while down, every call is answered {@code UNAVAILABLE} and changes nothing.
 * An object mother for image content, too.
 */
public class FakeMedia {

	public static final String NOT_AN_IMAGE = "Avatar or header file is not a supported image (PNG, JPEG, GIF or WebP)";

	private static final AtomicLong ids = new AtomicLong(9_000_000);

	private final Map<String, List<String>> stored = new ConcurrentHashMap<>();

	private final List<StoreProfileImageRequest> storeCalls = new CopyOnWriteArrayList<>();

	private final List<DiscardProfileImagesRequest> discardCalls = new CopyOnWriteArrayList<>();

	private volatile boolean down;

	private volatile boolean discardsFail;

	/** While down, every call is answered {@code UNAVAILABLE} and changes nothing. */
	public void down(boolean down) {
		this.down = down;
	}

	/**
	 * While set, images are stored but DiscardProfileImages fails ({@code INTERNAL}) and
	 * deletes nothing.
	 */
	public void discardsFail(boolean fail) {
		this.discardsFail = fail;
	}

	/** The StoreProfileImage calls made for the account, in order. */
	public List<StoreProfileImageRequest> storeCalls(long accountId) {
		return this.storeCalls.stream().filter((call) -> call.getAccountId() == accountId).toList();
	}

	/** The DiscardProfileImages calls made for the account, in order. */
	public List<DiscardProfileImagesRequest> discardCalls(long accountId) {
		return this.discardCalls.stream().filter((call) -> call.getAccountId() == accountId).toList();
	}

	/** The URLs of the account's images of that kind media holds now, oldest first. */
	public List<String> storedImages(long accountId, ProfileImageKind kind) {
		return List.copyOf(this.stored.getOrDefault(key(accountId, kind), List.of()));
	}

	/** A few bytes that media takes for an image: the PNG signature. */
	public static byte[] png(int size) {
		byte[] content = new byte[size];
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
		System.arraycopy(signature, 0, content, 0, Math.min(size, signature.length));
		return content;
	}

	private static boolean looksLikeAnImage(byte[] content) {
		return startsWith(content, (byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G')
				|| startsWith(content, (byte) 'G', (byte) 'I', (byte) 'F', (byte) '8')
				|| startsWith(content, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
	}

	private static boolean startsWith(byte[] content, byte... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String key(long accountId, ProfileImageKind kind) {
		return accountId + "/" + kind;
	}

	class ProfileImagesService extends ProfileImagesGrpc.ProfileImagesImplBase {

		@Override
		public void storeProfileImage(StoreProfileImageRequest request, StreamObserver<ProfileImage> responses) {
			FakeMedia.this.storeCalls.add(request);
			if (FakeMedia.this.down) {
				responses.onError(Status.UNAVAILABLE.withDescription("media is down").asRuntimeException());
				return;
			}
			if (request.getKind() == ProfileImageKind.PROFILE_IMAGE_KIND_UNSPECIFIED
					|| !looksLikeAnImage(request.getContent().toByteArray())) {
				responses.onError(Status.INVALID_ARGUMENT.withDescription(NOT_AN_IMAGE).asRuntimeException());
				return;
			}
			String folder = (request.getKind() == ProfileImageKind.PROFILE_IMAGE_KIND_AVATAR) ? "avatars" : "headers";
			String url = "https://murmur.test/system/accounts/" + folder + "/" + request.getAccountId() + "/"
					+ ids.incrementAndGet() + ".png";
			FakeMedia.this.stored
				.computeIfAbsent(key(request.getAccountId(), request.getKind()), (key) -> new CopyOnWriteArrayList<>())
				.add(url);
			responses.onNext(ProfileImage.newBuilder().setUrl(url).setWidth(400).setHeight(400).build());
			responses.onCompleted();
		}

		@Override
		public void discardProfileImages(DiscardProfileImagesRequest request,
				StreamObserver<DiscardProfileImagesResponse> responses) {
			FakeMedia.this.discardCalls.add(request);
			if (FakeMedia.this.down) {
				responses.onError(Status.UNAVAILABLE.withDescription("media is down").asRuntimeException());
				return;
			}
			if (FakeMedia.this.discardsFail) {
				responses.onError(Status.INTERNAL.withDescription("disk failure").asRuntimeException());
				return;
			}
			List<String> images = FakeMedia.this.stored.getOrDefault(key(request.getAccountId(), request.getKind()),
					new ArrayList<>());
			List<String> discarded = images.stream().filter((url) -> !url.equals(request.getKeepUrl())).toList();
			images.removeAll(discarded);
			responses.onNext(DiscardProfileImagesResponse.newBuilder().setDiscarded(discarded.size()).build());
			responses.onCompleted();
		}

	}

	/** Serves the fake on the test context's in-process gRPC server. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		FakeMedia fakeMedia() {
			return new FakeMedia();
		}

		@Bean
		ProfileImagesGrpc.ProfileImagesImplBase fakeProfileImagesService(FakeMedia media) {
			return media.new ProfileImagesService();
		}

	}

}
