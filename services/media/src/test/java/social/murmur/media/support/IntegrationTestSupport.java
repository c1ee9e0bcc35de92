package social.murmur.media.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.grpc.ManagedChannel;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import social.murmur.contracts.media.v1.AttachmentsGrpc;
import social.murmur.contracts.media.v1.ProfileImagesGrpc;
import social.murmur.platform.identity.Identity;
import social.murmur.testsupport.MurmurIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Spring context of this module's integration tests: the whole service against
 * the shared embedded PostgreSQL and Kafka, files on a fresh local folder, its gRPC
 * services served in-process, next to a fake posts service ({@link FakePosts}) on the
 * same in-process server. Every test class extends this unchanged, so the context is
 * built once; tests use fresh account ids, so they never see each other's data.
 */
@MurmurIntegrationTest
@TestPropertySource(properties = { "spring.grpc.server.inprocess.name=" + IntegrationTestSupport.GRPC_SERVER,
		"spring.grpc.client.channels.media.address=in-process:" + IntegrationTestSupport.GRPC_SERVER,
		"spring.grpc.client.channels.posts.address=in-process:" + IntegrationTestSupport.GRPC_SERVER,
		"murmur.public-url=" + IntegrationTestSupport.PUBLIC_URL })
@Import(FakePosts.Configuration.class)
public abstract class IntegrationTestSupport {

	protected static final String GRPC_SERVER = "media-it";

	protected static final String PUBLIC_URL = "https://murmur.test";

	protected static final Path STORAGE = temporaryFolder();

	private static final AtomicLong ids = new AtomicLong(1_000);

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected KafkaTemplate<String, byte[]> kafka;

	@Autowired
	protected FakePosts posts;

	@Autowired
	private GrpcChannelFactory channels;

	private @Nullable ManagedChannel channel;

	@DynamicPropertySource
	static void storage(DynamicPropertyRegistry registry) {
		registry.add("murmur.media.storage.path", STORAGE::toString);
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("murmur-media-it-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@BeforeEach
	void openChannel() {
		this.channel = this.channels.createChannel("media");
	}

	@AfterEach
	void closeChannel() {
		if (this.channel != null) {
			this.channel.shutdownNow();
		}
	}

	protected AttachmentsGrpc.AttachmentsBlockingStub attachmentsGrpc() {
		return AttachmentsGrpc.newBlockingStub(this.channel);
	}

	protected ProfileImagesGrpc.ProfileImagesBlockingStub profileImagesGrpc() {
		return ProfileImagesGrpc.newBlockingStub(this.channel);
	}

	/** A fresh id for an account, status or event. */
	protected static long newId() {
		return ids.incrementAndGet();
	}

	/** Uploads through {@code POST /api/v1/media} and returns the attachment's id. */
	protected long uploadedMedia(long accountId, String identity) {
		Response response = upload("/api/v1/media", identity,
				Part.file("file", "photo.png", "image/png", TestImages.png(64, 48)));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return Long.parseLong(response.body().get("id").asString());
	}

	protected Response upload(String path, @Nullable String identity, Part... parts) {
		String boundary = "murmur-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Part part : parts) {
			StringBuilder head = new StringBuilder("--" + boundary + "\r\n");
			head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
			if (part.fileName() != null) {
				head.append("; filename=\"").append(part.fileName()).append('"');
			}
			head.append("\r\n");
			if (part.contentType() != null) {
				head.append("Content-Type: ").append(part.contentType()).append("\r\n");
			}
			head.append("\r\n");
			body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
			body.writeBytes(part.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send("POST", path, identity, "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	protected Response get(String path, @Nullable String identity) {
		return send("GET", path, identity, null, null);
	}

	protected Response put(String path, @Nullable String identity, String jsonBody) {
		return send("PUT", path, identity, "application/json", jsonBody.getBytes(StandardCharsets.UTF_8));
	}

	protected Response send(String method, String path, @Nullable String identity, @Nullable String contentType,
			byte @Nullable [] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(60))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
		if (identity != null) {
			request.header(Identity.HEADER, identity);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		try {
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			String type = response.headers().firstValue("Content-Type").orElse("");
			JsonNode parsed = (type.contains("json") && response.body().length > 0) ? json.readTree(response.body())
					: json.nullNode();
			return new Response(response.statusCode(), response.headers(), parsed, response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A path on this server for a URL under the public URL. */
	private URI uri(String pathOrUrl) {
		String path = pathOrUrl.startsWith(PUBLIC_URL) ? pathOrUrl.substring(PUBLIC_URL.length()) : pathOrUrl;
		return URI.create("http://localhost:" + this.port + path);
	}

	protected long rows() {
		return this.jdbc.sql("select count(*) from media_attachments").query(Long.class).single();
	}

	protected long rowsOf(long accountId) {
		return this.jdbc.sql("select count(*) from media_attachments where account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.single();
	}

	/**
	 * Every stored file, as paths relative to the storage folder. Files and folders
	 * deleted while the folder is walked (the service deletes files after its
	 * transactions) are skipped.
	 */
	protected static List<String> storedFiles() {
		List<String> files = new ArrayList<>();
		try {
			Files.walkFileTree(STORAGE, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (attributes.isRegularFile()) {
						files.add(STORAGE.relativize(file).toString());
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
					if (ex instanceof NoSuchFileException) {
						return FileVisitResult.CONTINUE;
					}
					throw ex;
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files.stream().sorted().toList();
	}

	/** Row counts and files, to compare before and after a refused request. */
	protected Map<String, Object> storedState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("rows", rows());
		state.put("files", storedFiles());
		state.put("orphans", this.jdbc.sql("select count(*) from orphaned_files").query(Long.class).single());
		state.put("profileImages", this.jdbc.sql("select count(*) from profile_images").query(Long.class).single());
		return state;
	}

	protected static org.awaitility.core.ConditionFactory eventually() {
		return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
	}

	/** A part of a multipart body. */
	protected record Part(String name, @Nullable String fileName, @Nullable String contentType, byte[] content) {

		public static Part file(String name, String fileName, @Nullable String contentType, byte[] content) {
			return new Part(name, fileName, contentType, content);
		}

		public static Part field(String name, String value) {
			return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
		}

	}

	/** An HTTP answer with its JSON body (a null node when it has none). */
	protected record Response(int status, HttpHeaders headers, JsonNode body, byte[] bytes) {

		public String error() {
			return this.body.get("error").asString();
		}

		public @Nullable String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

}
