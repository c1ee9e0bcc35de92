package social.murmur.media.storage;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The S3 storage against a real S3-compatible server (s3proxy on a filesystem backend),
 * through the same client set-up as production (path-style, URL connection client, static
 * credentials).
 */
class S3MediaStorageIT {

	@RegisterExtension
	static final S3ProxyExtension s3proxy = S3ProxyExtension.builder()
		.withBlobStoreProvider("filesystem-nio2")
		.withCredentials("murmur-access", "murmur-secret")
		.build();

	private static final String BUCKET = "murmur-media";

	private S3MediaStorage storage;

	@BeforeEach
	void createBucket() {
		StorageProperties.S3 settings = new StorageProperties.S3(s3proxy.getUri(), "us-east-1", BUCKET,
				s3proxy.getAccessKey(), s3proxy.getSecretKey(), null);
		S3Client client = StorageConfiguration.s3Client(settings);
		client.createBucket((request) -> request.bucket(BUCKET));
		this.storage = new S3MediaStorage(client, BUCKET, "https://cdn.murmur.test/media/");
	}

	@AfterEach
	void closeClient() {
		this.storage.close();
	}

	@Test
	void storesReadsAndDeletesObjects() throws Exception {
		String key = "files/42/0123456789abcdef01234567/original.png";
		byte[] content = "png bytes".getBytes(StandardCharsets.US_ASCII);

		this.storage.store(key, content, "image/png");

		StoredFile file = this.storage.read(key).orElseThrow();
		try (InputStream stream = file.content()) {
			assertThat(stream.readAllBytes()).isEqualTo(content);
		}
		assertThat(file.length()).isEqualTo(content.length);
		assertThat(file.contentType()).isEqualTo("image/png");

		this.storage.delete(key);
		this.storage.delete(key);
		assertThat(this.storage.read(key)).isEmpty();
	}

	@Test
	void objectsCarryAYearLongImmutableCacheControl() throws Exception {
		String key = "files/43/0123456789abcdef01234567/small.jpg";
		this.storage.store(key, new byte[] { 1, 2, 3 }, "image/jpeg");

		S3Client client = StorageConfiguration.s3Client(new StorageProperties.S3(s3proxy.getUri(), "us-east-1", BUCKET,
				s3proxy.getAccessKey(), s3proxy.getSecretKey(), null));
		try (client) {
			var head = client.headObject((request) -> request.bucket(BUCKET).key(key));
			assertThat(head.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
			assertThat(head.contentType()).isEqualTo("image/jpeg");
		}
	}

	@Test
	void urlsHangOffThePublicBaseUrl() {
		assertThat(this.storage.url("files/1/abc/original.jpg"))
			.isEqualTo("https://cdn.murmur.test/media/files/1/abc/original.jpg");
	}

	@Test
	void withoutAPublicUrlFilesAreServedFromTheBucketPath() throws Exception {
		StorageProperties properties = new StorageProperties(StorageProperties.Type.S3, java.nio.file.Path.of("."),
				new StorageProperties.S3(s3proxy.getUri(), "us-east-1", BUCKET, s3proxy.getAccessKey(),
						s3proxy.getSecretKey(), null));
		MediaStorage configured = new StorageConfiguration().mediaStorage(properties,
				new social.murmur.platform.config.PlatformProperties("https://murmur.test", null,
						new social.murmur.platform.config.PlatformProperties.Identity(null),
						new social.murmur.platform.config.PlatformProperties.Grpc(java.time.Duration.ofSeconds(2)),
						new social.murmur.platform.config.PlatformProperties.Outbox(false,
								java.time.Duration.ofMillis(250)),
						new social.murmur.platform.config.PlatformProperties.Kafka(6, (short) 1)));
		assertThat(configured).isInstanceOf(S3MediaStorage.class);
		String key = "files/44/0123456789abcdef01234567/original.jpg";
		configured.store(key, new byte[] { 9 }, "image/jpeg");
		String url = configured.url(key);
		assertThat(url).isEqualTo(s3proxy.getUri().toString().replaceAll("/$", "") + "/" + BUCKET + "/" + key);
		((S3MediaStorage) configured).close();
		// s3proxy requires signed requests, so an anonymous GET is refused, but it names
		// the object
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isIn(200, 403);
	}

}
