package social.murmur.media.storage;

import java.util.concurrent.TimeUnit;

import com.google.protobuf.ByteString;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.contracts.media.v1.AttachToStatusRequest;
import social.murmur.contracts.media.v1.DiscardProfileImagesRequest;
import social.murmur.contracts.media.v1.ProfileImage;
import social.murmur.contracts.media.v1.ProfileImageKind;
import social.murmur.contracts.media.v1.StoreProfileImageRequest;
import social.murmur.media.support.IntegrationTestSupport;
import social.murmur.media.support.TestImages;
import social.murmur.testsupport.SharedInfrastructure;
import social.murmur.testsupport.TestIdentities;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The whole service with {@code murmur.media.storage.type=s3}, against a real
 * S3-compatible server (s3proxy, filesystem backend) on a fixed free port: uploads land
 * in the bucket, URLs hang off the public URL, and a deleted status removes its objects.
 */
@TestPropertySource(
		properties = { "murmur.media.storage.type=s3", "murmur.media.storage.s3.bucket=" + MediaOnS3IT.BUCKET,
				"murmur.media.storage.s3.access-key=" + MediaOnS3IT.ACCESS_KEY,
				"murmur.media.storage.s3.secret-key=" + MediaOnS3IT.SECRET_KEY,
				"murmur.media.storage.s3.public-url=https://cdn.murmur.test/media" })
class MediaOnS3IT extends IntegrationTestSupport {

	static final String BUCKET = "murmur-media-it";

	static final String ACCESS_KEY = "murmur-access";

	static final String SECRET_KEY = "murmur-secret";

	private static final int PORT = SharedInfrastructure.freePort();

	@RegisterExtension
	static final S3ProxyExtension s3proxy = S3ProxyExtension.builder()
		.withBlobStoreProvider("filesystem-nio2")
		.withCredentials(ACCESS_KEY, SECRET_KEY)
		.withPort(PORT)
		.build();

	private S3Client s3;

	@DynamicPropertySource
	static void endpoint(DynamicPropertyRegistry registry) {
		registry.add("murmur.media.storage.s3.endpoint", () -> "http://127.0.0.1:" + PORT);
	}

	@BeforeEach
	void createBucket() {
		this.s3 = StorageConfiguration
			.s3Client(new StorageProperties.S3(s3proxy.getUri(), "us-east-1", BUCKET, ACCESS_KEY, SECRET_KEY, null));
		this.s3.createBucket((request) -> request.bucket(BUCKET));
	}

	@AfterEach
	void closeClient() {
		this.s3.close();
	}

	@Test
	void uploadsAreStoredInTheBucketAndGoWithTheirStatus() throws Exception {
		long account = newId();
		String token = TestIdentities.forAccount(account);

		Response response = upload("/api/v1/media", token,
				Part.file("file", "photo.png", "image/png", TestImages.png(120, 80)));

		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		String id = response.body().get("id").asString();
		String url = response.body().get("url").asString();
		assertThat(url).startsWith("https://cdn.murmur.test/media/files/" + id + "/").endsWith("/original.jpg");
		String key = url.substring("https://cdn.murmur.test/media/".length());
		String smallKey = response.body()
			.get("preview_url")
			.asString()
			.substring("https://cdn.murmur.test/media/".length());
		var head = this.s3.headObject((request) -> request.bucket(BUCKET).key(key));
		assertThat(head.contentType()).isEqualTo("image/jpeg");
		assertThat(head.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
		assertThat(storedFiles()).noneMatch((file) -> file.contains("/" + id + "/"));

		Response served = get("/system/media_attachments/" + key, null);
		assertThat(served.status()).isEqualTo(200);
		assertThat(served.header("Content-Type")).isEqualTo("image/jpeg");

		long status = newId();
		attachmentsGrpc().attachToStatus(AttachToStatusRequest.newBuilder()
			.setAccountId(account)
			.setStatusId(status)
			.addMediaIds(Long.parseLong(id))
			.build());
		this.kafka
			.send(Topics.STATUS_DELETED, Long.toString(account),
					StatusDeleted.newBuilder()
						.setEventId(newId())
						.setStatusId(status)
						.setAuthorId(account)
						.build()
						.toByteArray())
			.get(10, TimeUnit.SECONDS);

		eventually().untilAsserted(() -> {
			for (String gone : new String[] { key, smallKey }) {
				assertThatExceptionOfType(NoSuchKeyException.class)
					.isThrownBy(() -> this.s3.headObject((request) -> request.bucket(BUCKET).key(gone)));
			}
		});
	}

	@Test
	void profileImagesAreStoredInTheBucketAndDiscardedFromIt() {
		long account = newId();
		ProfileImage old = storeAvatar(account, TestImages.png(500, 300));
		ProfileImage current = storeAvatar(account, TestImages.jpeg(200, 200));

		assertThat(current.getUrl()).startsWith("https://cdn.murmur.test/media/profiles/").endsWith("/avatar.jpg");
		assertThat(current.getWidth()).isEqualTo(200);
		String oldKey = old.getUrl().substring("https://cdn.murmur.test/media/".length());
		String currentKey = current.getUrl().substring("https://cdn.murmur.test/media/".length());
		var head = this.s3.headObject((request) -> request.bucket(BUCKET).key(currentKey));
		assertThat(head.contentType()).isEqualTo("image/jpeg");
		assertThat(head.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
		assertThat(storedFiles()).doesNotContain(oldKey, currentKey);

		// Past the discard grace, as an avatar replaced a while ago is.
		this.jdbc.sql("update profile_images set created_at = now() - interval '1 hour' where url = :url")
			.param("url", old.getUrl())
			.update();
		int discarded = profileImagesGrpc()
			.discardProfileImages(DiscardProfileImagesRequest.newBuilder()
				.setAccountId(account)
				.setKind(ProfileImageKind.PROFILE_IMAGE_KIND_AVATAR)
				.setKeepUrl(current.getUrl())
				.build())
			.getDiscarded();

		assertThat(discarded).isEqualTo(1);
		eventually().untilAsserted(() -> assertThatExceptionOfType(NoSuchKeyException.class)
			.isThrownBy(() -> this.s3.headObject((request) -> request.bucket(BUCKET).key(oldKey))));
		assertThat(this.s3.headObject((request) -> request.bucket(BUCKET).key(currentKey)).contentLength())
			.isPositive();
	}

	private ProfileImage storeAvatar(long account, byte[] content) {
		return profileImagesGrpc().storeProfileImage(StoreProfileImageRequest.newBuilder()
			.setAccountId(account)
			.setKind(ProfileImageKind.PROFILE_IMAGE_KIND_AVATAR)
			.setContent(ByteString.copyFrom(content))
			.build());
	}

}
