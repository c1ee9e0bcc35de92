package social.murmur.users.account.web;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountUpdated;
import social.murmur.testsupport.TestIdentities;
import social.murmur.users.Events;
import social.murmur.users.Multipart;
import social.murmur.users.UsersIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialsIT extends UsersIntegrationTest {

	private static final String UPDATE = "/api/v1/accounts/update_credentials";

	@Test
	void verifyCredentialsReturnsTheAccountWithItsSource() {
		long id = newAccount().getId();
		Response response = get("/api/v1/accounts/verify_credentials", TestIdentities.forAccount(id));
		assertThat(response.status()).isEqualTo(200);
		JsonNode json = response.json();
		assertThat(json.get("id").asString()).isEqualTo(Long.toString(id));
		assertThat(json.get("username").asString()).isEqualTo("user" + id);
		assertThat(json.get("url").asString()).isEqualTo("https://murmur.test/@user" + id);
		assertThat(json.get("source").get("privacy").asString()).isEqualTo("public");
		assertThat(json.get("source").get("language").asString()).isEqualTo("en");
		assertThat(json.get("source").get("note").asString()).isEmpty();
		assertThat(json.get("source").get("fields").size()).isZero();
		assertThat(json.get("source").get("follow_requests_count").asInt()).isZero();
	}

	@Test
	void verifyCredentialsNeedsASignedInAccount() {
		long id = newAccount().getId();
		assertThat(get("/api/v1/accounts/verify_credentials", null).status()).isEqualTo(401);
		Response forged = get("/api/v1/accounts/verify_credentials", TestIdentities.forged(id));
		assertThat(forged.status()).isEqualTo(401);
		assertThat(forged.error()).isEqualTo("The access token is invalid");
		Response appOnly = get("/api/v1/accounts/verify_credentials", TestIdentities.forApplication(1));
		assertThat(appOnly.status()).isEqualTo(422);
		assertThat(appOnly.error()).isEqualTo("This method requires an authenticated user");
		assertThat(get("/api/v1/accounts/verify_credentials", TestIdentities.forAccount(id, "write")).status())
			.isEqualTo(403);
		assertThat(get("/api/v1/accounts/verify_credentials", TestIdentities.forAccount(id, "profile")).status())
			.isEqualTo(200);
	}

	@Test
	void updatesTheProfileFromJsonAndPublishesAccountUpdated() {
		long id = newAccount().getId();
		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), "application/json", """
				{"display_name": "Ann 😀", "note": "Hello <world>\\nhttps://example.com", "locked": true,
				 "bot": false, "discoverable": false, "source": {"language": "ru"}, "unknown_field": 1,
				 "fields_attributes": {"0": {"name": "a", "value": "b"}}}
				""");
		assertThat(response.status()).isEqualTo(200);
		JsonNode json = response.json();
		assertThat(json.get("display_name").asString()).isEqualTo("Ann 😀");
		assertThat(json.get("note").asString())
			.startsWith("<p>Hello &lt;world&gt;<br /><a href=\"https://example.com\"");
		assertThat(json.get("locked").asBoolean()).isTrue();
		assertThat(json.get("discoverable").asBoolean()).isFalse();
		assertThat(json.get("source").get("note").asString()).isEqualTo("Hello <world>\nhttps://example.com");
		assertThat(json.get("source").get("language").asString()).isEqualTo("ru");
		assertThat(get("/api/v1/accounts/" + id, null).json().get("display_name").asString()).isEqualTo("Ann 😀");
		var events = Events.readUntilFound(Topics.ACCOUNT_UPDATED, AccountUpdated::parseFrom,
				(event) -> event.getAccountId() == id);
		assertThat(events).hasSize(1);
		assertThat(events.getFirst().key()).isEqualTo(Long.toString(id));
		assertThat(events.getFirst().event().getEventId()).isPositive();
	}

	@Test
	void updatesTheProfileFromAForm() {
		long id = newAccount().getId();
		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), "application/x-www-form-urlencoded",
				"display_name=Form+Name&note=line+one%0Aline+two&bot=1&locked=false&source%5Blanguage%5D=de");
		assertThat(response.status()).isEqualTo(200);
		JsonNode json = response.json();
		assertThat(json.get("display_name").asString()).isEqualTo("Form Name");
		assertThat(json.get("note").asString()).isEqualTo("<p>line one<br />line two</p>");
		assertThat(json.get("bot").asBoolean()).isTrue();
		assertThat(json.get("source").get("language").asString()).isEqualTo("de");
	}

	@Test
	void updatesTheProfileFromMultipartWithoutFiles() {
		long id = newAccount().getId();
		Multipart form = new Multipart().field("display_name", "Multi Part").field("source[language]", "fr");
		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), form.contentType(), form.bytes());
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("display_name").asString()).isEqualTo("Multi Part");
		assertThat(response.json().get("source").get("language").asString()).isEqualTo("fr");
		assertThat(response.json().get("avatar").asString())
			.isEqualTo("https://murmur.test/avatars/original/missing.png");
		assertThat(this.media.storeCalls(id)).isEmpty();
	}

	@Test
	void ignoresImagesSentAsTextRatherThanFiles() {
		long id = newAccount().getId();
		Response json = send("PATCH", UPDATE, TestIdentities.forAccount(id), "application/json",
				"{\"display_name\": \"Json\", \"avatar\": \"data:image/png;base64,AAAA\"}");
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.json().get("avatar").asString()).isEqualTo("https://murmur.test/avatars/original/missing.png");
		Response form = send("PATCH", UPDATE, TestIdentities.forAccount(id), "application/x-www-form-urlencoded",
				"display_name=Form&header=picture.png");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.json().get("display_name").asString()).isEqualTo("Form");
		assertThat(form.json().get("header").asString()).isEqualTo("https://murmur.test/headers/original/missing.png");
		assertThat(this.media.storeCalls(id)).isEmpty();
	}

	@Test
	void refusesADisplayNameOverThirtyCharactersAndChangesNothing() {
		long id = newAccount().getId();
		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), "application/json",
				"{\"display_name\": \"" + "x".repeat(31) + "\", \"note\": \"kept out\"}");
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error())
			.isEqualTo("Validation failed: Display name is too long (maximum is 30 characters)");
		assertUnchanged(id);
	}

	@Test
	void refusesANoteOverFiveHundredCharactersAndChangesNothing() {
		long id = newAccount().getId();
		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), "application/json",
				"{\"note\": \"" + "x".repeat(501) + "\"}");
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).isEqualTo("Validation failed: Note is too long (maximum is 500 characters)");
		assertUnchanged(id);
	}

	@Test
	void refusesMalformedJsonWithA400() {
		long id = newAccount().getId();
		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), "application/json",
				"{\"display_name\": ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.error()).isNotBlank();
		assertUnchanged(id);
	}

	@Test
	void refusesWronglyTypedFields() {
		long id = newAccount().getId();
		Response notBoolean = send("PATCH", UPDATE, TestIdentities.forAccount(id), "application/json",
				"{\"locked\": \"perhaps\"}");
		assertThat(notBoolean.status()).isEqualTo(422);
		assertThat(notBoolean.error()).isEqualTo("Validation failed: Locked is not a boolean");
		Response objectName = send("PATCH", UPDATE, TestIdentities.forAccount(id), "application/json",
				"{\"display_name\": {\"a\": 1}}");
		assertThat(objectName.status()).isEqualTo(422);
		Response badLanguage = send("PATCH", UPDATE, TestIdentities.forAccount(id), "application/json",
				"{\"source\": {\"language\": \"xx\"}}");
		assertThat(badLanguage.status()).isEqualTo(422);
		assertUnchanged(id);
	}

	@Test
	void updateCredentialsNeedsAnIdentityAndTheWriteAccountsScope() {
		long id = newAccount().getId();
		String body = "{\"display_name\": \"Nope\"}";
		assertThat(send("PATCH", UPDATE, null, "application/json", body).status()).isEqualTo(401);
		assertThat(send("PATCH", UPDATE, TestIdentities.forged(id), "application/json", body).status()).isEqualTo(401);
		assertThat(send("PATCH", UPDATE, TestIdentities.forAccount(id, "read"), "application/json", body).status())
			.isEqualTo(403);
		assertThat(send("PATCH", UPDATE, TestIdentities.forApplication(1), "application/json", body).status()).isIn(403,
				422);
		assertUnchanged(id);
	}

	@Test
	void emptyUpdateChangesNothingAndAnswersTheProfile() {
		long id = newAccount().getId();
		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), null, (String) null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("id").asString()).isEqualTo(Long.toString(id));
		assertUnchanged(id);
	}

	@Test
	void nulCharactersAreDroppedRatherThanBreakingTheDatabase() {
		long id = newAccount().getId();
		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), "application/json",
				"{\"display_name\": \"a\\u0000b\"}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("display_name").asString()).isEqualTo("ab");
	}

	private void assertUnchanged(long id) {
		JsonNode json = get("/api/v1/accounts/verify_credentials", TestIdentities.forAccount(id)).json();
		assertThat(json.get("display_name").asString()).isEmpty();
		assertThat(json.get("source").get("note").asString()).isEmpty();
		assertThat(json.get("locked").asBoolean()).isFalse();
		assertThat(json.get("source").get("language").asString()).isEqualTo("en");
	}

}
