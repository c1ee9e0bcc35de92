package social.murmur.auth.oauth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import social.murmur.auth.testing.AuthIntegrationTest;
import social.murmur.contracts.auth.v1.IntrospectResponse;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class TokenGrantsIT extends AuthIntegrationTest {

	@Test
	void clientCredentialsGiveAnApplicationToken() {
		App app = registerApp();
		long before = System.currentTimeMillis() / 1000;

		Response response = token(app, "grant_type", "client_credentials", "scope", "read write");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Cache-Control")).contains("no-store");
		JsonNode token = response.json();
		assertThat(token.get("access_token").asString()).matches("[A-Za-z0-9_-]{43}");
		assertThat(token.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(token.get("scope").asString()).isEqualTo("read write");
		assertThat(token.get("created_at").asLong()).isBetween(before, before + 60);
		IntrospectResponse introspection = introspect(token.get("access_token").asString());
		assertThat(introspection.getActive()).isTrue();
		assertThat(introspection.getAccountId()).isZero();
		assertThat(introspection.getApplicationId()).isEqualTo(app.id());
	}

	@Test
	void clientCredentialsDefaultToTheReadScope() {
		Response response = token(registerApp(), "grant_type", "client_credentials");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("scope").asString()).isEqualTo("read");
	}

	@Test
	void acceptsAJsonBody() {
		App app = registerApp();

		Response response = postJson("/oauth/token", """
				{"grant_type": "client_credentials", "client_id": "%s", "client_secret": "%s", "scope": "read"}
				""".formatted(app.clientId(), app.clientSecret()));

		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void acceptsClientCredentialsInHttpBasic() {
		App app = registerApp();
		String basic = Base64.getEncoder()
			.encodeToString((app.clientId() + ":" + app.clientSecret()).getBytes(StandardCharsets.UTF_8));

		Response response = postForm("/oauth/token", form("grant_type", "client_credentials"), "Authorization",
				"Basic " + basic);

		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void wrongClientSecretIsInvalidClient() {
		App app = registerApp();

		Response response = postForm("/oauth/token", form("grant_type", "client_credentials", "client_id",
				app.clientId(), "client_secret", "not-the-secret"));

		assertOAuthError(response, 401, "invalid_client");
		assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
	}

	@Test
	void unknownClientIsInvalidClient() {
		assertOAuthError(
				postForm("/oauth/token",
						form("grant_type", "client_credentials", "client_id", "nobody", "client_secret", "nothing")),
				401, "invalid_client");
	}

	@Test
	void missingClientCredentialsAreInvalidClient() {
		assertOAuthError(postForm("/oauth/token", form("grant_type", "client_credentials")), 401, "invalid_client");
	}

	@Test
	void malformedBasicCredentialsAreInvalidClient() {
		assertOAuthError(postForm("/oauth/token", form("grant_type", "client_credentials"), "Authorization",
				"Basic !!!not-base64"), 401, "invalid_client");
	}

	@Test
	void missingGrantTypeIsInvalidRequest() {
		Response response = token(registerApp());

		assertOAuthError(response, 400, "invalid_request");
		assertThat(response.json().get("error_description").asString())
			.isEqualTo("Missing required parameter: grant_type.");
	}

	@Test
	void unknownGrantTypeIsUnsupported() {
		assertOAuthError(token(registerApp(), "grant_type", "refresh_token"), 400, "unsupported_grant_type");
	}

	@Test
	void scopeBeyondTheApplicationsIsInvalidScope() {
		App app = registerApp("read", REDIRECT_URI);

		assertOAuthError(token(app, "grant_type", "client_credentials", "scope", "read write"), 400, "invalid_scope");
	}

	@Test
	void unknownScopeIsInvalidScope() {
		assertOAuthError(token(registerApp(), "grant_type", "client_credentials", "scope", "read everything"), 400,
				"invalid_scope");
	}

	@Test
	void malformedJsonIsInvalidRequest() {
		assertOAuthError(postJson("/oauth/token", "{\"grant_type\": "), 400, "invalid_request");
	}

	@Test
	void passwordGrantSignsInWithTheEmailAddress() {
		App app = registerApp();
		String username = signUpAccount(app, "correct horse battery");

		Response response = token(app, "grant_type", "password", "username", username.toUpperCase() + "@EXAMPLE.com",
				"password", "correct horse battery", "scope", "read write");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("scope").asString()).isEqualTo("read write");
		IntrospectResponse introspection = introspect(response.json().get("access_token").asString());
		assertThat(introspection.getAccountId()).isNotZero();
		assertThat(introspection.getScopesList()).containsExactly("read", "write");
	}

	@Test
	void passwordGrantSignsInWithTheUsername() {
		App app = registerApp();
		String username = signUpAccount(app, "correct horse battery");

		assertThat(token(app, "grant_type", "password", "username", username, "password", "correct horse battery")
			.status()).isEqualTo(200);
		assertThat(token(app, "grant_type", "password", "username", "@" + username, "password", "correct horse battery")
			.status()).isEqualTo(200);
	}

	@Test
	void wrongPasswordIsInvalidGrant() {
		App app = registerApp();
		String username = signUpAccount(app, "correct horse battery");

		assertOAuthError(token(app, "grant_type", "password", "username", username, "password", "wrong password"), 400,
				"invalid_grant");
	}

	@Test
	void unknownAccountIsInvalidGrant() {
		assertOAuthError(
				token(registerApp(), "grant_type", "password", "username", "nobody_at_all", "password", "whatever123"),
				400, "invalid_grant");
	}

	@Test
	void passwordGrantWithoutAPasswordIsInvalidRequest() {
		Response response = token(registerApp(), "grant_type", "password", "username", "someone");

		assertOAuthError(response, 400, "invalid_request");
		assertThat(response.json().get("error_description").asString())
			.isEqualTo("Missing required parameter: password.");
	}

	@Test
	void passwordGrantWithoutAUsernameIsInvalidRequest() {
		assertOAuthError(token(registerApp(), "grant_type", "password", "password", "whatever123"), 400,
				"invalid_request");
	}

	@Test
	void loginWithANulCharacterIsJustWrong() {
		assertOAuthError(
				token(registerApp(), "grant_type", "password", "username", "a\u0000b", "password", "secret123"), 400,
				"invalid_grant");
	}

	@Test
	void publishesAuthorizationServerMetadata() {
		Response response = get("/.well-known/oauth-authorization-server");

		assertThat(response.status()).isEqualTo(200);
		JsonNode metadata = response.json();
		assertThat(metadata.get("issuer").asString()).isEqualTo("http://localhost:8080/");
		assertThat(metadata.get("token_endpoint").asString()).isEqualTo("http://localhost:8080/oauth/token");
		assertThat(metadata.get("authorization_endpoint").asString())
			.isEqualTo("http://localhost:8080/oauth/authorize");
		assertThat(metadata.get("app_registration_endpoint").asString()).isEqualTo("http://localhost:8080/api/v1/apps");
		assertThat(metadata.get("scopes_supported").toString()).contains("\"read\"", "\"write:statuses\"");
		assertThat(metadata.get("code_challenge_methods_supported").toString()).contains("S256");
	}

	private static void assertOAuthError(Response response, int status, String error) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.json().get("error").asString()).isEqualTo(error);
		assertThat(response.json().get("error_description").asString()).isNotBlank();
	}

}
