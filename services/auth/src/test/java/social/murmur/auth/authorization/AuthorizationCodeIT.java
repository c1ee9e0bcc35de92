package social.murmur.auth.authorization;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import social.murmur.auth.testing.AuthIntegrationTest;
import social.murmur.contracts.auth.v1.IntrospectResponse;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationCodeIT extends AuthIntegrationTest {

	private static final String PASSWORD = "correct horse battery";

	/** RFC 7636, appendix B. */
	private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

	@Test
	void showsASignInPageNamingTheApplicationAndItsScopes() {
		App app = registerApp();

		Response response = get("/oauth/authorize?response_type=code&client_id=" + app.clientId() + "&redirect_uri="
				+ encode(REDIRECT_URI) + "&scope=read+write&state=xyz");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.body()).contains("Authorize Test app?", "Read all your account&#39;s data",
				"Modify all your account&#39;s data", "name=\"username\"", "name=\"password\"",
				"name=\"state\" value=\"xyz\"", "name=\"scope\" value=\"read write\"");
	}

	@Test
	void escapesEverythingAClientControls() {
		Response registered = postForm("/api/v1/apps",
				form("client_name", "<script>alert(1)</script>", "redirect_uris", REDIRECT_URI, "scopes", "read"));
		String clientId = registered.json().get("client_id").asString();

		Response response = get("/oauth/authorize?response_type=code&client_id=" + clientId + "&redirect_uri="
				+ encode(REDIRECT_URI) + "&state=" + encode("\"><img src=x onerror=alert(1)>"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("<script>alert", "<img src=x")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void unknownClientGetsAnErrorPageAndNoRedirect() {
		Response response = get(
				"/oauth/authorize?response_type=code&client_id=nobody&redirect_uri=" + encode(REDIRECT_URI));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Location")).isNull();
		assertThat(response.body()).contains("invalid_client");
	}

	@Test
	void unregisteredRedirectUriGetsAnErrorPageAndNoRedirect() {
		App app = registerApp();

		Response response = get("/oauth/authorize?response_type=code&client_id=" + app.clientId() + "&redirect_uri="
				+ encode("https://evil.example/steal"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Location")).isNull();
		assertThat(response.body()).contains("invalid_redirect_uri");
	}

	@Test
	void unreadableParametersGetAnErrorPage() {
		Response response = get("/oauth/authorize?response_type=code&client_id[]=a&client_id[]=b");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.header("Location")).isNull();
	}

	@Test
	void missingRedirectUriGetsAnErrorPage() {
		App app = registerApp();

		Response response = get("/oauth/authorize?response_type=code&client_id=" + app.clientId());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Location")).isNull();
	}

	@Test
	void scopeBeyondTheApplicationsIsSentBackAsAnError() {
		App app = registerApp("read", REDIRECT_URI);

		Response response = get("/oauth/authorize?response_type=code&client_id=" + app.clientId() + "&redirect_uri="
				+ encode(REDIRECT_URI) + "&scope=read+write&state=s1");

		assertThat(response.status()).isEqualTo(302);
		Map<String, String> query = query(response.header("Location"));
		assertThat(response.header("Location")).startsWith(REDIRECT_URI + "?");
		assertThat(query).containsEntry("error", "invalid_scope").containsEntry("state", "s1");
	}

	@Test
	void otherResponseTypesAreSentBackAsUnsupported() {
		App app = registerApp();

		Response response = get("/oauth/authorize?response_type=token&client_id=" + app.clientId() + "&redirect_uri="
				+ encode(REDIRECT_URI));

		assertThat(response.status()).isEqualTo(302);
		assertThat(query(response.header("Location"))).containsEntry("error", "unsupported_response_type");
	}

	@Test
	void unsupportedChallengeMethodIsSentBackAsInvalidRequest() {
		App app = registerApp();

		Response response = get("/oauth/authorize?response_type=code&client_id=" + app.clientId() + "&redirect_uri="
				+ encode(REDIRECT_URI) + "&code_challenge=" + CHALLENGE + "&code_challenge_method=S512");

		assertThat(response.status()).isEqualTo(302);
		assertThat(query(response.header("Location"))).containsEntry("error", "invalid_request");
	}

	@Test
	void wrongPasswordShowsTheFormAgainAndIssuesNoCode() {
		App app = registerApp();
		String username = signUpAccount(app, PASSWORD);
		long codesBefore = this.jdbc.sql("select count(*) from authorization_codes").query(Long.class).single();

		Response response = postForm("/oauth/authorize", authorization(app, username, "not my password"));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.header("Location")).isNull();
		assertThat(response.body()).contains("Invalid e-mail address, username or password.",
				"value=\"" + username + "\"");
		assertThat(this.jdbc.sql("select count(*) from authorization_codes").query(Long.class).single())
			.isEqualTo(codesBefore);
	}

	@Test
	void signingInSendsTheUserBackWithACodeThatBuysAnAccountToken() {
		App app = registerApp();
		String username = signUpAccount(app, PASSWORD);

		Response response = postForm("/oauth/authorize", authorization(app, username, PASSWORD));

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).startsWith(REDIRECT_URI + "?code=");
		Map<String, String> query = query(response.header("Location"));
		assertThat(query).containsEntry("state", "the state");
		Response token = exchange(app, query.get("code"), REDIRECT_URI, null);
		assertThat(token.status()).as(token.body()).isEqualTo(200);
		assertThat(token.json().get("scope").asString()).isEqualTo("read write");
		IntrospectResponse introspection = introspect(token.json().get("access_token").asString());
		assertThat(introspection.getActive()).isTrue();
		assertThat(introspection.getAccountId()).isNotZero();
		assertThat(introspection.getApplicationId()).isEqualTo(app.id());
	}

	@Test
	void aCodeWorksOnlyOnce() {
		App app = registerApp();
		String code = authorize(app, signUpAccount(app, PASSWORD), null, null);

		assertThat(exchange(app, code, REDIRECT_URI, null).status()).isEqualTo(200);
		assertInvalidGrant(exchange(app, code, REDIRECT_URI, null));
	}

	@Test
	void anotherApplicationCannotUseOrBurnTheCode() {
		App app = registerApp();
		App other = registerApp();
		String code = authorize(app, signUpAccount(app, PASSWORD), null, null);

		assertInvalidGrant(exchange(other, code, REDIRECT_URI, null));
		assertThat(exchange(app, code, REDIRECT_URI, null).status()).isEqualTo(200);
	}

	@Test
	void theRedirectUriMustBeTheOneAuthorized() {
		App app = registerApp("read write", REDIRECT_URI + "\nhttps://app.example/other");
		String code = authorize(app, signUpAccount(app, PASSWORD), null, null);

		assertInvalidGrant(exchange(app, code, "https://app.example/other", null));
	}

	@Test
	void aCodeExpiresAfterTenMinutes() {
		App app = registerApp();
		String code = authorize(app, signUpAccount(app, PASSWORD), null, null);

		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));

		assertInvalidGrant(exchange(app, code, REDIRECT_URI, null));
	}

	@Test
	void aMissingCodeIsInvalidRequest() {
		Response response = token(registerApp(), "grant_type", "authorization_code", "redirect_uri", REDIRECT_URI);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("error").asString()).isEqualTo("invalid_request");
	}

	@Test
	void anUnknownCodeIsInvalidGrant() {
		assertInvalidGrant(exchange(registerApp(), "made-up-code", REDIRECT_URI, null));
	}

	@Test
	void pkceWithS256AcceptsTheRightVerifier() {
		App app = registerApp();
		String code = authorize(app, signUpAccount(app, PASSWORD), CHALLENGE, "S256");

		assertThat(exchange(app, code, REDIRECT_URI, VERIFIER).status()).isEqualTo(200);
	}

	@Test
	void pkceRefusesAWrongVerifier() {
		App app = registerApp();
		String code = authorize(app, signUpAccount(app, PASSWORD), CHALLENGE, "S256");

		assertInvalidGrant(exchange(app, code, REDIRECT_URI, VERIFIER.replace('d', 'e')));
		assertInvalidGrant(exchange(app, code, REDIRECT_URI, VERIFIER));
	}

	@Test
	void pkceRefusesAMissingVerifier() {
		App app = registerApp();
		String code = authorize(app, signUpAccount(app, PASSWORD), CHALLENGE, "S256");

		assertInvalidGrant(exchange(app, code, REDIRECT_URI, null));
	}

	@Test
	void pkcePlainAcceptsTheVerifierItself() {
		App app = registerApp();
		String code = authorize(app, signUpAccount(app, PASSWORD), VERIFIER, "plain");

		assertThat(exchange(app, code, REDIRECT_URI, VERIFIER).status()).isEqualTo(200);
	}

	@Test
	void aVerifierWithoutAChallengeIsRefused() {
		App app = registerApp();
		String code = authorize(app, signUpAccount(app, PASSWORD), null, null);

		assertInvalidGrant(exchange(app, code, REDIRECT_URI, VERIFIER));
	}

	@Test
	void aDifferentScopeInTheTokenRequestIsInvalidScope() {
		App app = registerApp();
		String code = authorize(app, signUpAccount(app, PASSWORD), null, null);

		Response response = token(app, "grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI,
				"scope", "read write follow");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("error").asString()).isEqualTo("invalid_scope");
	}

	@Test
	void outOfBandShowsTheCodeInstead() {
		App app = registerApp("read write", "urn:ietf:wg:oauth:2.0:oob");
		String username = signUpAccount(app, PASSWORD);
		Map<String, String> form = authorization(app, username, PASSWORD);
		form.put("redirect_uri", "urn:ietf:wg:oauth:2.0:oob");
		form.put("scope", "read");

		Response response = postForm("/oauth/authorize", form);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Location")).isNull();
		Matcher code = Pattern.compile("<code class=\"code\" id=\"code\">([A-Za-z0-9_-]+)</code>")
			.matcher(response.body());
		assertThat(code.find()).isTrue();
		assertThat(exchange(app, code.group(1), "urn:ietf:wg:oauth:2.0:oob", null).status()).isEqualTo(200);
	}

	@Test
	void denyingSendsTheUserBackWithAccessDenied() {
		App app = registerApp();
		Map<String, String> form = authorization(app, "", "");
		form.put("decision", "deny");

		Response response = postForm("/oauth/authorize", form);

		assertThat(response.status()).isEqualTo(302);
		assertThat(query(response.header("Location"))).containsEntry("error", "access_denied")
			.containsEntry("state", "the state")
			.doesNotContainKey("code");
	}

	@Test
	void postingForAnUnregisteredRedirectUriIssuesNothing() {
		App app = registerApp();
		String username = signUpAccount(app, PASSWORD);
		Map<String, String> form = authorization(app, username, PASSWORD);
		form.put("redirect_uri", "https://evil.example/steal");

		Response response = postForm("/oauth/authorize", form);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Location")).isNull();
	}

	private Map<String, String> authorization(App app, String username, String password) {
		return form("response_type", "code", "client_id", app.clientId(), "redirect_uri", REDIRECT_URI, "scope",
				"read write", "state", "the state", "username", username, "password", password, "decision",
				"authorize");
	}

	/** Signs in on the authorization page and returns the code it sends back. */
	private String authorize(App app, String username, String challenge, String method) {
		Map<String, String> form = authorization(app, username, PASSWORD);
		if (challenge != null) {
			form.put("code_challenge", challenge);
			form.put("code_challenge_method", method);
		}
		Response response = postForm("/oauth/authorize", form);
		assertThat(response.status()).as(response.body()).isEqualTo(302);
		return query(response.header("Location")).get("code");
	}

	private Response exchange(App app, String code, String redirectUri, String verifier) {
		return (verifier != null)
				? token(app, "grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
						"code_verifier", verifier)
				: token(app, "grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri);
	}

	private static void assertInvalidGrant(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("error").asString()).isEqualTo("invalid_grant");
	}

	private static Map<String, String> query(String location) {
		String query = URI.create(location).getRawQuery();
		return Arrays.stream(query.split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> pair[0], (pair) -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

}
