package social.murmur.users;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import io.grpc.ManagedChannel;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.CreateAccountRequest;
import social.murmur.contracts.users.v1.FollowGraphGrpc;
import social.murmur.platform.identity.Identity;
import social.murmur.testsupport.MurmurIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context of this module's integration tests: the whole service against
 * the shared embedded PostgreSQL and Kafka, its gRPC services served in-process, next to
 * a fake of media's {@code ProfileImages} ({@link FakeMedia}). Every subclass keeps this
 * configuration unchanged, so all of them share the context.
 */
@MurmurIntegrationTest
@TestPropertySource(properties = { "spring.grpc.server.inprocess.name=" + UsersIntegrationTest.GRPC_SERVER,
		"spring.grpc.client.channels.users.address=in-process:" + UsersIntegrationTest.GRPC_SERVER,
		"spring.grpc.client.channels.media.address=in-process:" + UsersIntegrationTest.GRPC_SERVER,
		"murmur.public-url=https://murmur.test", "murmur.instance.usage-freshness=0s",
		"murmur.instance.contact-email=admin@murmur.test" })
@Import(FakeMedia.Configuration.class)
public abstract class UsersIntegrationTest {

	protected static final String GRPC_SERVER = "users-it";

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** Account ids, unique across the test classes that share the context. */
	private static final AtomicLong IDS = new AtomicLong(100_000);

	@LocalServerPort
	protected int port;

	@Autowired
	protected GrpcChannelFactory channels;

	@Autowired
	protected KafkaTemplate<String, byte[]> kafka;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected FakeMedia media;

	private ManagedChannel channel;

	@BeforeEach
	void openChannel() {
		this.channel = this.channels.createChannel("users");
	}

	@AfterEach
	void closeChannel() {
		this.channel.shutdownNow();
	}

	protected AccountsGrpc.AccountsBlockingStub accountsGrpc() {
		return AccountsGrpc.newBlockingStub(this.channel);
	}

	protected FollowGraphGrpc.FollowGraphBlockingStub followGraphGrpc() {
		return FollowGraphGrpc.newBlockingStub(this.channel);
	}

	protected static long nextId() {
		return IDS.incrementAndGet();
	}

	/** A new account with a unique id and username, created as auth creates it. */
	protected Account newAccount() {
		long id = nextId();
		return newAccount(id, "user" + id);
	}

	protected Account newAccount(long id, String username) {
		return accountsGrpc()
			.createAccount(CreateAccountRequest.newBuilder().setId(id).setUsername(username).setLocale("en").build());
	}

	protected Response get(String path, @Nullable String identity) {
		return send("GET", path, identity, null, (byte[]) null);
	}

	protected Response post(String path, @Nullable String identity) {
		return send("POST", path, identity, null, (byte[]) null);
	}

	protected Response send(String method, String path, @Nullable String identity, @Nullable String contentType,
			@Nullable String body) {
		return send(method, path, identity, contentType, (body != null) ? body.getBytes(StandardCharsets.UTF_8) : null);
	}

	protected Response send(String method, String path, @Nullable String identity, @Nullable String contentType,
			byte @Nullable [] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
		if (identity != null) {
			request.header(Identity.HEADER, identity);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An HTTP answer. */
	protected record Response(int status, HttpHeaders headers, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String error() {
			return json().get("error").asString();
		}

		public @Nullable String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

}
