package social.murmur.posts.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import social.murmur.contracts.users.v1.Account;
import social.murmur.platform.identity.Identity;
import social.murmur.testsupport.MurmurIntegrationTest;
import social.murmur.testsupport.TestIdentities;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Spring context of the posts integration tests: the whole service on a random
 * port against the shared PostgreSQL and Kafka, with fake users, media and interactions
 * services on the in-process gRPC server (where the service's own Statuses service is
 * served too). Subclasses add no configuration, so they all share this context.
 */
@MurmurIntegrationTest
@TestPropertySource(properties = { "spring.grpc.server.inprocess.name=" + PostsIntegrationTest.GRPC_SERVER,
		"spring.grpc.client.channels.users.address=in-process:" + PostsIntegrationTest.GRPC_SERVER,
		"spring.grpc.client.channels.posts.address=in-process:" + PostsIntegrationTest.GRPC_SERVER,
		"spring.grpc.client.channels.media.address=in-process:" + PostsIntegrationTest.GRPC_SERVER,
		"spring.grpc.client.channels.interactions.address=in-process:" + PostsIntegrationTest.GRPC_SERVER,
		"murmur.public-url=" + PostsIntegrationTest.PUBLIC_URL })
@Import({ FakeUsers.Configuration.class, FakeMedia.Configuration.class, FakeInteractions.Configuration.class })
public abstract class PostsIntegrationTest {

	protected static final String GRPC_SERVER = "posts-it";

	protected static final String PUBLIC_URL = "https://murmur.test";

	protected static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	@Autowired
	protected FakeUsers users;

	@Autowired
	protected FakeMedia media;

	@Autowired
	protected FakeInteractions interactions;

	protected static String tokenFor(Account account) {
		return TestIdentities.forAccount(account.getId());
	}

	protected Response get(String path, @Nullable String token) {
		return send(request(path, token).GET());
	}

	protected Response delete(String path, @Nullable String token) {
		return send(request(path, token).DELETE());
	}

	/**
	 * Posts a JSON body with optional extra headers, given as name, value, name, value.
	 */
	protected Response postJson(String path, @Nullable String token, Map<String, ?> body, String... headers) {
		return postRaw(path, token, "application/json", json.writeValueAsString(body), headers);
	}

	protected Response postRaw(String path, @Nullable String token, String contentType, String body,
			String... headers) {
		HttpRequest.Builder request = request(path, token).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	/** Posts a status and checks that it was accepted. */
	protected JsonNode post(Account author, String text) {
		return post(author, Map.of("status", text));
	}

	protected JsonNode post(Account author, Map<String, ?> params) {
		Response response = postJson("/api/v1/statuses", tokenFor(author), params);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	protected static Map<String, Object> params(Object... keysAndValues) {
		Map<String, Object> params = new LinkedHashMap<>();
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			params.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return params;
	}

	/** The ids of a JSON array of statuses, in order. */
	protected static List<String> ids(JsonNode statuses) {
		List<String> ids = new ArrayList<>();
		statuses.forEach((status) -> ids.add(status.get("id").asString()));
		return ids;
	}

	private HttpRequest.Builder request(String path, @Nullable String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json");
		if (token != null) {
			request.header(Identity.HEADER, token);
		}
		return request;
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			return new Response(response.statusCode(),
					(body == null || body.isBlank()) ? json.createObjectNode() : json.readTree(body),
					response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An HTTP answer with its JSON body. */
	protected record Response(int status, JsonNode body, HttpHeaders headers) {

		public String error() {
			return this.body.path("error").asString();
		}

		public @Nullable String link() {
			return this.headers.firstValue("Link").orElse(null);
		}

	}

}
