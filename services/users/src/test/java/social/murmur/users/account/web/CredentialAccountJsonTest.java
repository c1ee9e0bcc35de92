package social.murmur.users.account.web;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.users.account.Account;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialAccountJsonTest {

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	private final AccountViews views = new AccountViews(new MastodonEntities("https://murmur.test/"));

	private final Account alice = new Account(7, "alice", "Alice", "Hi <there>\nsecond", true, false, false, "en", null,
			null, Instant.parse("2025-03-04T05:06:07Z"), Instant.parse("2025-03-05T00:00:00Z"), 3, 4, 5,
			Instant.parse("2025-03-06T10:00:00Z"));

	@Test
	void credentialAccountIsTheAccountWithASourceBesideItsFields() {
		JsonNode json = JSON.valueToTree(CredentialAccount.of(this.views.render(this.alice), this.alice));
		assertThat(json.get("id").asString()).isEqualTo("7");
		assertThat(json.get("username").asString()).isEqualTo("alice");
		assertThat(json.get("acct").asString()).isEqualTo("alice");
		assertThat(json.get("display_name").asString()).isEqualTo("Alice");
		assertThat(json.get("note").asString()).isEqualTo("<p>Hi &lt;there&gt;<br />second</p>");
		assertThat(json.get("locked").asBoolean()).isTrue();
		assertThat(json.get("discoverable").asBoolean()).isFalse();
		assertThat(json.get("followers_count").asLong()).isEqualTo(3);
		assertThat(json.get("following_count").asLong()).isEqualTo(4);
		assertThat(json.get("statuses_count").asLong()).isEqualTo(5);
		assertThat(json.get("last_status_at").asString()).isEqualTo("2025-03-06");
		assertThat(json.get("created_at").asString()).isEqualTo("2025-03-04T00:00:00.000Z");
		assertThat(json.get("url").asString()).isEqualTo("https://murmur.test/@alice");
		assertThat(json.get("avatar").asString()).isEqualTo("https://murmur.test/avatars/original/missing.png");
		assertThat(json.has("account")).isFalse();
		JsonNode source = json.get("source");
		assertThat(source.get("privacy").asString()).isEqualTo("public");
		assertThat(source.get("sensitive").asBoolean()).isFalse();
		assertThat(source.get("language").asString()).isEqualTo("en");
		assertThat(source.get("note").asString()).isEqualTo("Hi <there>\nsecond");
		assertThat(source.get("fields").isArray()).isTrue();
		assertThat(source.get("follow_requests_count").asLong()).isZero();
	}

	@Test
	void accountsKeepTheirOwnDiscoverableFlag() {
		assertThat(this.views.render(this.alice).discoverable()).isFalse();
		Account discoverable = new Account(8, "bob", "", "", false, false, true, null, null, null, Instant.EPOCH,
				Instant.EPOCH, 0, 0, 0, null);
		assertThat(this.views.render(discoverable).discoverable()).isTrue();
		assertThat(this.views.render(discoverable).lastStatusAt()).isNull();
	}

	@Test
	void storedImagesAreShownAsTheyAreAndMissingOnesAsMastodonsDefaults() {
		Account withAvatar = new Account(9, "carol", "", "", false, false, true, null,
				"https://murmur.test/system/accounts/avatars/9/1.png", null, Instant.EPOCH, Instant.EPOCH, 0, 0, 0,
				null);
		JsonNode json = JSON.valueToTree(CredentialAccount.of(this.views.render(withAvatar), withAvatar));
		assertThat(json.get("avatar").asString()).isEqualTo("https://murmur.test/system/accounts/avatars/9/1.png");
		assertThat(json.get("avatar_static").asString())
			.isEqualTo("https://murmur.test/system/accounts/avatars/9/1.png");
		assertThat(json.get("header").asString()).isEqualTo("https://murmur.test/headers/original/missing.png");
		assertThat(json.get("header_static").asString()).isEqualTo("https://murmur.test/headers/original/missing.png");
	}

}
