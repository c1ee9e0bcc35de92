package social.murmur.auth.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.google.protobuf.InvalidProtocolBufferException;
import org.junit.jupiter.api.Test;
import social.murmur.auth.testing.AuthIntegrationTest;
import social.murmur.auth.testing.KafkaEvents;
import social.murmur.contracts.Topics;
import social.murmur.contracts.auth.v1.IntrospectResponse;
import social.murmur.contracts.events.v1.AccountRegistered;
import social.murmur.contracts.users.v1.CreateAccountRequest;
import social.murmur.platform.identity.Identity;
import social.murmur.testsupport.TestIdentities;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SignUpIT extends AuthIntegrationTest {

	@Test
	void signsUpAnAccountAndReturnsItsToken() {
		App app = registerApp();
		String username = uniqueUsername();

		Response response = signUp(app, form("username", username, "email", username + "@example.com", "password",
				"correct horse battery", "agreement", "true", "locale", "pt_BR", "reason", "I like it here"));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode token = response.json();
		assertThat(token.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(token.get("scope").asString()).isEqualTo("read write");
		IntrospectResponse introspection = introspect(token.get("access_token").asString());
		assertThat(introspection.getActive()).isTrue();
		assertThat(introspection.getApplicationId()).isEqualTo(app.id());
		long accountId = introspection.getAccountId();
		assertThat(accountId).isNotZero();
		CreateAccountRequest profile = this.users.created(accountId);
		assertThat(profile.getUsername()).isEqualTo(username);
		assertThat(profile.getDisplayName()).isEqualTo(username);
		assertThat(profile.getLocale()).isEqualTo("pt-BR");
		String hash = this.jdbc.sql("select password_hash from credentials where account_id = ?")
			.param(accountId)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("$argon2id$").doesNotContain("correct horse battery");
		assertThat(KafkaEvents.await(Topics.ACCOUNT_REGISTERED,
				(record) -> parse(record.value()).getAccountId() == accountId, Duration.ofSeconds(20)))
			.hasValueSatisfying((record) -> {
				assertThat(record.key()).isEqualTo(Long.toString(accountId));
				assertThat(parse(record.value()).getUsername()).isEqualTo(username);
			});
	}

	@Test
	void acceptsJson() {
		App app = registerApp();
		String username = uniqueUsername();

		Response response = postJson("/api/v1/accounts", """
				{"username": "%s", "email": "%s@example.com", "password": "correct horse battery",
				 "agreement": true, "locale": "en"}
				""".formatted(username, username), Identity.HEADER, identityOf(appToken(app, "write")));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("scope").asString()).isEqualTo("write");
	}

	@Test
	void usernameIsUniqueRegardlessOfCase() {
		App app = registerApp();
		String username = signUpAccount(app, "correct horse battery");

		Response response = signUp(app, valid(username.toUpperCase(), uniqueUsername() + "@example.com"));

		assertRejected(response, "Validation failed: Username has already been taken");
		assertThat(response.json().get("details").get("username").get(0).get("error").asString())
			.isEqualTo("ERR_TAKEN");
		assertThat(response.json().get("details").get("username").get(0).get("description").asString())
			.isEqualTo("has already been taken");
	}

	@Test
	void emailIsUniqueRegardlessOfCase() {
		App app = registerApp();
		String taken = signUpAccount(app, "correct horse battery");

		Response response = signUp(app, valid(uniqueUsername(), taken.toUpperCase() + "@Example.COM"));

		assertRejected(response, "Validation failed: Email has already been taken");
		assertThat(response.json().get("details").get("email").get(0).get("error").asString()).isEqualTo("ERR_TAKEN");
	}

	@Test
	void reportsEveryMissingFieldWithItsCode() {
		Response response = signUp(registerApp(), Map.of());

		assertRejected(response, "Validation failed: Username can't be blank, Email can't be blank, "
				+ "Password can't be blank, Agreement must be accepted");
		JsonNode details = response.json().get("details");
		assertThat(details.get("username").get(0).get("error").asString()).isEqualTo("ERR_BLANK");
		assertThat(details.get("email").get(0).get("error").asString()).isEqualTo("ERR_BLANK");
		assertThat(details.get("password").get(0).get("error").asString()).isEqualTo("ERR_BLANK");
		assertThat(details.get("agreement").get(0).get("error").asString()).isEqualTo("ERR_ACCEPTED");
	}

	@Test
	void rejectsAUsernameWithOtherCharacters() {
		assertField(with("username", "bad-name!"), "username", "ERR_INVALID",
				"Validation failed: Username must contain only letters, numbers and underscores");
	}

	@Test
	void rejectsAUsernameOverThirtyCharacters() {
		assertField(with("username", "a".repeat(31)), "username", "ERR_TOO_LONG",
				"Validation failed: Username is too long (maximum is 30 characters)");
	}

	@Test
	void rejectsAReservedUsername() {
		assertField(with("username", "Admin"), "username", "ERR_RESERVED", "Validation failed: Username is reserved");
	}

	@Test
	void rejectsAMalformedEmail() {
		assertField(with("email", "not-an-address"), "email", "ERR_INVALID", "Validation failed: Email is invalid");
	}

	@Test
	void rejectsAShortPassword() {
		assertField(with("password", "short"), "password", "ERR_TOO_SHORT",
				"Validation failed: Password is too short (minimum is 8 characters)");
	}

	@Test
	void rejectsAPasswordOverSeventyTwoCharacters() {
		assertField(with("password", "p".repeat(73)), "password", "ERR_TOO_LONG",
				"Validation failed: Password is too long (maximum is 72 characters)");
	}

	@Test
	void rejectsAnAgreementThatIsFalse() {
		assertField(with("agreement", "false"), "agreement", "ERR_ACCEPTED",
				"Validation failed: Agreement must be accepted");
	}

	@Test
	void rejectsAnUnknownLocale() {
		assertField(with("locale", "xx-nope-nope-nope-nope"), "locale", "ERR_INCLUSION",
				"Validation failed: Locale is not included in the list");
	}

	@Test
	void rejectsAListWhereAValueBelongs() {
		App app = registerApp();
		String username = uniqueUsername();

		Response response = postJson("/api/v1/accounts", """
				{"username": ["%s"], "email": "%s@example.com", "password": "correct horse battery",
				 "agreement": true}
				""".formatted(username, username), Identity.HEADER, identityOf(appToken(app, "write")));

		assertRejected(response, "Validation failed: Username is invalid");
	}

	@Test
	void needsAToken() {
		Response response = postForm("/api/v1/accounts", valid(uniqueUsername(), uniqueUsername() + "@example.com"));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("error").asString()).isEqualTo("The access token is invalid");
	}

	@Test
	void refusesAForgedIdentity() {
		assertThat(postForm("/api/v1/accounts", valid(uniqueUsername(), uniqueUsername() + "@example.com"),
				Identity.HEADER, TestIdentities.forged(1))
			.status()).isEqualTo(401);
	}

	@Test
	void needsTheWriteAccountsScope() {
		App app = registerApp();
		String username = uniqueUsername();

		Response response = postForm("/api/v1/accounts", valid(username, username + "@example.com"), Identity.HEADER,
				identityOf(appToken(app, "read")));

		assertThat(response.status()).isEqualTo(403);
		assertThat(countCredentials(username)).isZero();
	}

	@Test
	void refusesATokenOfAnUnknownApplication() {
		String username = uniqueUsername();

		Response response = postForm("/api/v1/accounts", valid(username, username + "@example.com"), Identity.HEADER,
				identityFor(987654321L, Set.of("write")));

		assertThat(response.status()).isEqualTo(401);
		assertThat(countCredentials(username)).isZero();
	}

	@Test
	void leavesNothingBehindWhenUsersIsUnavailable() {
		App app = registerApp();
		String identity = identityOf(appToken(app, "read write"));
		String username = uniqueUsername();
		this.users.unavailable(true);

		Response response = postForm("/api/v1/accounts", valid(username, username + "@example.com"), Identity.HEADER,
				identity);

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.json().get("error").asString()).isNotBlank();
		assertThat(countCredentials(username)).isZero();
		this.users.unavailable(false);
		assertThat(postForm("/api/v1/accounts", valid(username, username + "@example.com"), Identity.HEADER, identity)
			.status()).isEqualTo(200);
	}

	@Test
	void adoptsTheProfileLeftBehindByASignUpThatTimedOut() throws Exception {
		App app = registerApp();
		String identity = identityOf(appToken(app, "read write"));
		String username = uniqueUsername();
		// users answers after the call's deadline (2 s) but still creates the profile.
		this.users.delay(Duration.ofMillis(2_500));

		Response timedOut = postForm("/api/v1/accounts", valid(username, username + "@example.com"), Identity.HEADER,
				identity);
		assertThat(timedOut.status()).isEqualTo(503);
		assertThat(countCredentials(username)).isZero();
		this.users.reset();
		Thread.sleep(1_000);

		Response retried = postForm("/api/v1/accounts", valid(username, username + "@example.com"), Identity.HEADER,
				identity);
		assertThat(retried.status()).as(retried.body()).isEqualTo(200);
		long accountId = introspect(retried.json().get("access_token").asString()).getAccountId();
		assertThat(this.users.created(accountId).getUsername()).isEqualTo(username);
		assertThat(countCredentials(username)).isOne();
	}

	@Test
	void onlyOneOfTwoConcurrentSignUpsForTheSameUsernameWins() throws Exception {
		App app = registerApp();
		String identity = identityOf(appToken(app, "read write"));
		String username = uniqueUsername();
		this.users.delay(Duration.ofMillis(300));
		List<Callable<Response>> attempts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String email = uniqueUsername() + "@example.com";
			attempts.add(() -> postForm("/api/v1/accounts", valid(username, email), Identity.HEADER, identity));
		}
		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService executor = Executors.newFixedThreadPool(2)) {
			for (Future<Response> result : executor.invokeAll(attempts)) {
				statuses.add(result.get().status());
			}
		}

		assertThat(statuses).containsExactlyInAnyOrder(200, 422);
		assertThat(countCredentials(username)).isOne();
	}

	private Map<String, String> valid(String username, String email) {
		return form("username", username, "email", email, "password", "correct horse battery", "agreement", "true",
				"locale", "en");
	}

	private Map<String, String> with(String field, String value) {
		String username = uniqueUsername();
		Map<String, String> form = valid(username, username + "@example.com");
		form.put(field, value);
		return form;
	}

	private void assertField(Map<String, String> form, String field, String code, String error) {
		Response response = signUp(registerApp(), form);
		assertRejected(response, error);
		assertThat(response.json().get("details").get(field).get(0).get("error").asString()).isEqualTo(code);
		assertThat(countCredentials(form.get("username"))).isZero();
	}

	private static void assertRejected(Response response, String error) {
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.json().get("error").asString()).isEqualTo(error);
	}

	private long countCredentials(String username) {
		return this.jdbc.sql("select count(*) from credentials where lower(username) = lower(?)")
			.param(username)
			.query(Long.class)
			.single();
	}

	private static AccountRegistered parse(byte[] bytes) {
		try {
			return AccountRegistered.parseFrom(bytes);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
