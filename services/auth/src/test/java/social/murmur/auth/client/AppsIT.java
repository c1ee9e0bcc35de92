package social.murmur.auth.client;

import java.util.Set;

import org.junit.jupiter.api.Test;
import social.murmur.auth.testing.AuthIntegrationTest;
import social.murmur.platform.identity.Identity;
import social.murmur.testsupport.TestIdentities;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AppsIT extends AuthIntegrationTest {

	@Test
	void registersAnApplicationFromAFormAndReturnsItsCredentialsOnce() {
		Response response = postForm("/api/v1/apps", form("client_name", "Tusky", "redirect_uris",
				"urn:ietf:wg:oauth:2.0:oob", "scopes", "read write push", "website", "https://tusky.app"));

		assertThat(response.status()).isEqualTo(200);
		JsonNode app = response.json();
		assertThat(app.get("id").isString()).isTrue();
		assertThat(app.get("name").asString()).isEqualTo("Tusky");
		assertThat(app.get("website").asString()).isEqualTo("https://tusky.app");
		assertThat(app.get("scopes").toString()).isEqualTo("[\"read\",\"write\",\"push\"]");
		assertThat(app.get("redirect_uri").asString()).isEqualTo("urn:ietf:wg:oauth:2.0:oob");
		assertThat(app.get("redirect_uris").toString()).isEqualTo("[\"urn:ietf:wg:oauth:2.0:oob\"]");
		assertThat(app.get("client_id").asString()).matches("[A-Za-z0-9_-]{43}");
		assertThat(app.get("client_secret").asString()).matches("[A-Za-z0-9_-]{43}");
		assertThat(app.get("client_secret_expires_at").asLong()).isZero();
		assertThat(app.get("vapid_key").asString()).isEmpty();
		byte[] stored = this.jdbc.sql("select client_secret_digest from applications where client_id = ?")
			.param(app.get("client_id").asString())
			.query(byte[].class)
			.single();
		assertThat(stored).hasSize(32);
	}

	@Test
	void acceptsJsonWithAnArrayOfRedirectUris() {
		Response response = postJson("/api/v1/apps", """
				{"client_name": "Test Application",
				 "redirect_uris": ["https://app.example/callback", "https://app.example/register"],
				 "scopes": "read write push", "website": "https://app.example"}
				""");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("redirect_uris").toString())
			.isEqualTo("[\"https://app.example/callback\",\"https://app.example/register\"]");
		assertThat(response.json().get("redirect_uri").asString())
			.isEqualTo("https://app.example/callback\nhttps://app.example/register");
	}

	@Test
	void acceptsNewlineSeparatedRedirectUrisAndCustomSchemes() {
		Response response = postForm("/api/v1/apps",
				form("client_name", "Mobile", "redirect_uris", "myapp://oauth\nhttps://app.example/cb"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("redirect_uris").toString())
			.isEqualTo("[\"myapp://oauth\",\"https://app.example/cb\"]");
	}

	@Test
	void defaultsToTheReadScopeAndANullWebsite() {
		Response response = postForm("/api/v1/apps", form("client_name", "Minimal", "redirect_uris", REDIRECT_URI));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("scopes").toString()).isEqualTo("[\"read\"]");
		assertThat(response.json().get("website").isNull()).isTrue();
	}

	@Test
	void rejectsMissingClientName() {
		assertRejected(form("redirect_uris", REDIRECT_URI), "Validation failed: Application name can't be blank");
	}

	@Test
	void rejectsTooLongClientName() {
		assertRejected(form("client_name", "x".repeat(61), "redirect_uris", REDIRECT_URI),
				"Validation failed: Application name is too long (maximum is 60 characters)");
	}

	@Test
	void rejectsMissingRedirectUris() {
		assertRejected(form("client_name", "App"), "Validation failed: Redirect URI can't be blank");
	}

	@Test
	void rejectsRelativeRedirectUri() {
		assertRejected(form("client_name", "App", "redirect_uris", "/callback"),
				"Validation failed: Redirect URI must be an absolute URI.");
	}

	@Test
	void rejectsRedirectUriWithFragment() {
		assertRejected(form("client_name", "App", "redirect_uris", "https://app.example/cb#x"),
				"Validation failed: Redirect URI cannot contain a fragment.");
	}

	@Test
	void rejectsJavascriptRedirectUri() {
		assertRejected(form("client_name", "App", "redirect_uris", "javascript:alert(1)"),
				"Validation failed: Redirect URI is forbidden by the server.");
	}

	@Test
	void rejectsUnknownScopes() {
		assertRejected(form("client_name", "App", "redirect_uris", REDIRECT_URI, "scopes", "read launch:missiles"),
				"Validation failed: Scopes doesn't match configured on the server.");
	}

	@Test
	void rejectsWebsiteThatIsNotAnHttpUrl() {
		assertRejected(form("client_name", "App", "redirect_uris", REDIRECT_URI, "website", "ftp://files.example"),
				"Validation failed: Website is invalid");
	}

	@Test
	void reportsEveryBrokenRuleAtOnce() {
		assertRejected(form("scopes", "nope"), "Validation failed: Application name can't be blank, "
				+ "Redirect URI can't be blank, Scopes doesn't match configured on the server.");
	}

	@Test
	void rejectsMalformedJsonWith400() {
		Response response = postJson("/api/v1/apps", "{\"client_name\": ");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("error").asString()).isNotBlank();
	}

	@Test
	void verifiesCredentialsOfTheCallingApplicationWithoutSecrets() {
		App app = registerApp("read write", REDIRECT_URI);
		String identity = identityOf(appToken(app, "read"));

		Response response = get("/api/v1/apps/verify_credentials", Identity.HEADER, identity);

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("id").asString()).isEqualTo(Long.toString(app.id()));
		assertThat(body.get("name").asString()).isEqualTo("Test app");
		assertThat(body.get("scopes").toString()).isEqualTo("[\"read\",\"write\"]");
		assertThat(body.get("redirect_uris").toString()).isEqualTo("[\"" + REDIRECT_URI + "\"]");
		assertThat(body.has("client_id")).isFalse();
		assertThat(body.has("client_secret")).isFalse();
	}

	@Test
	void verifyCredentialsNeedsAToken() {
		Response response = get("/api/v1/apps/verify_credentials");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("error").asString()).isEqualTo("The access token is invalid");
	}

	@Test
	void verifyCredentialsRefusesAForgedIdentity() {
		assertThat(get("/api/v1/apps/verify_credentials", Identity.HEADER, TestIdentities.forged(1)).status())
			.isEqualTo(401);
	}

	@Test
	void verifyCredentialsOfAnUnknownApplicationIs401() {
		Response response = get("/api/v1/apps/verify_credentials", Identity.HEADER,
				identityFor(123456789L, Set.of("read")));

		assertThat(response.status()).isEqualTo(401);
	}

	private void assertRejected(java.util.Map<String, String> form, String error) {
		long before = this.jdbc.sql("select count(*) from applications").query(Long.class).single();
		Response response = postForm("/api/v1/apps", form);
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.json().get("error").asString()).isEqualTo(error);
		assertThat(this.jdbc.sql("select count(*) from applications").query(Long.class).single()).isEqualTo(before);
	}

}
