package social.murmur.auth.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import social.murmur.contracts.auth.v1.IntrospectRequest;
import social.murmur.contracts.auth.v1.IntrospectResponse;
import social.murmur.contracts.auth.v1.TokenIntrospectionGrpc;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.identity.InternalTokens;
import social.murmur.testsupport.MurmurIntegrationTest;
import social.murmur.testsupport.TestIdentities;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Spring context every integration test of the service shares: the whole service
 * on a random port against the shared PostgreSQL and Kafka, with the users service faked
 * in process and a clock tests can move. Tokens live an hour here, so that expiry can be
 * tested by moving the clock.
 */
@MurmurIntegrationTest
@TestPropertySource(properties = { "spring.grpc.server.inprocess.name=auth-it",
		"spring.grpc.client.channels.users.address=in-process:auth-it",
		"spring.grpc.client.channels.auth.address=in-process:auth-it", "murmur.auth.access-token-lifetime=1h" })
@Import(AuthIntegrationTest.Neighbours.class)
public abstract class AuthIntegrationTest {

	protected static final String REDIRECT_URI = "https://app.example/callback";

	protected static final JsonMapper json = JsonMapper.builder().build();

	private static final InternalTokens gateway = new InternalTokens(TestIdentities.SECRET, "gateway");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected FakeUsers users;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private GrpcChannelFactory channels;

	@AfterEach
	void resetNeighbours() {
		this.clock.reset();
		this.users.reset();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Neighbours {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

		@Bean
		FakeUsers fakeUsers() {
			return new FakeUsers();
		}

	}

	/** A registered application, with the credentials it was given. */
	protected record App(long id, String clientId, String clientSecret) {
	}

	/** An HTTP answer. */
	protected record Response(int status, HttpHeaders headers, String body) {

		public JsonNode json() {
			return AuthIntegrationTest.json.readTree(this.body);
		}

		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

	protected Response get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	protected Response postForm(String path, Map<String, String> form, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formEncoded(form))));
	}

	protected Response postJson(String path, String body, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	protected static String formEncoded(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	protected static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	protected static Map<String, String> form(String... keysAndValues) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			form.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return form;
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

	/** Registers an application with the given scopes and redirect URI. */
	protected App registerApp(String scopes, String redirectUri) {
		Response response = postForm("/api/v1/apps",
				form("client_name", "Test app", "redirect_uris", redirectUri, "scopes", scopes));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode app = response.json();
		return new App(Long.parseLong(app.get("id").asString()), app.get("client_id").asString(),
				app.get("client_secret").asString());
	}

	protected App registerApp() {
		return registerApp("read write follow push", REDIRECT_URI);
	}

	/** POST /oauth/token with the application's credentials in the body. */
	protected Response token(App app, String... parameters) {
		Map<String, String> form = form(parameters);
		form.put("client_id", app.clientId());
		form.put("client_secret", app.clientSecret());
		return postForm("/oauth/token", form);
	}

	/** An application token (client credentials) with the given scopes. */
	protected String appToken(App app, String scope) {
		Response response = token(app, "grant_type", "client_credentials", "scope", scope);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("access_token").asString();
	}

	/**
	 * What the gateway sends for a bearer token: the identity the token introspects to,
	 * signed.
	 */
	protected String identityOf(String accessToken) {
		IntrospectResponse introspection = introspect(accessToken);
		assertThat(introspection.getActive()).isTrue();
		Long account = (introspection.getAccountId() != 0) ? introspection.getAccountId() : null;
		return gateway.sign(
				new Identity(account, introspection.getApplicationId(), new HashSet<>(introspection.getScopesList())),
				Duration.ofMinutes(5));
	}

	/** A signed identity for an application token that the service never issued. */
	protected static String identityFor(long applicationId, Set<String> scopes) {
		return gateway.sign(new Identity(null, applicationId, scopes), Duration.ofMinutes(5));
	}

	protected IntrospectResponse introspect(String accessToken) {
		return TokenIntrospectionGrpc.newBlockingStub(this.channels.createChannel("auth"))
			.introspect(IntrospectRequest.newBuilder().setToken(accessToken).build());
	}

	/** Signs up through the API, as a client would; returns the response. */
	protected Response signUp(App app, Map<String, String> form) {
		return postForm("/api/v1/accounts", form, Identity.HEADER, identityOf(appToken(app, "read write")));
	}

	/** A username nobody has taken yet. */
	protected static String uniqueUsername() {
		return "user_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/**
	 * Signs up a new account and returns its username; its password is {@code password}.
	 */
	protected String signUpAccount(App app, String password) {
		String username = uniqueUsername();
		Response response = signUp(app, form("username", username, "email", username + "@example.com", "password",
				password, "agreement", "true", "locale", "en"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return username;
	}

}
