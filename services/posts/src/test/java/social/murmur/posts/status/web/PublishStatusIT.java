package social.murmur.posts.status.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.users.v1.Account;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.identity.InternalTokens;
import social.murmur.posts.support.PostsIntegrationTest;
import social.murmur.testsupport.TestIdentities;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PublishStatusIT extends PostsIntegrationTest {

	@Test
	void postsAStatusAndReadsItBack() {
		Account alice = this.users.register("alice");
		JsonNode posted = post(alice, "Hello world");

		assertThat(posted.get("content").asString()).isEqualTo("<p>Hello world</p>");
		assertThat(posted.get("visibility").asString()).isEqualTo("public");
		assertThat(posted.get("account").get("id").asString()).isEqualTo(Long.toString(alice.getId()));
		assertThat(posted.get("account").get("username").asString()).isEqualTo(alice.getUsername());
		assertThat(posted.get("url").asString())
			.isEqualTo(PUBLIC_URL + "/@" + alice.getUsername() + "/" + posted.get("id").asString());
		assertThat(posted.get("replies_count").asLong()).isZero();
		assertThat(posted.get("in_reply_to_id").isNull()).isTrue();
		assertThat(posted.get("sensitive").asBoolean()).isFalse();
		assertThat(posted.get("favourited").asBoolean()).isFalse();
		assertThat(posted.has("text")).isFalse();
		assertThat(posted.get("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

		Response read = get("/api/v1/statuses/" + posted.get("id").asString(), null);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().get("id").asString()).isEqualTo(posted.get("id").asString());
		assertThat(read.body().get("content").asString()).isEqualTo("<p>Hello world</p>");
		assertThat(read.body().has("favourited")).as("no viewer fields for anonymous readers").isFalse();
	}

	@Test
	void acceptsFormEncodedAndMultipartBodies() {
		Account alice = this.users.register("alice");
		Response form = postRaw("/api/v1/statuses", tokenFor(alice), "application/x-www-form-urlencoded",
				"status=From+a+form&visibility=unlisted&sensitive=1&language=de");
		assertThat(form.status()).as(form.body().toString()).isEqualTo(200);
		assertThat(form.body().get("content").asString()).isEqualTo("<p>From a form</p>");
		assertThat(form.body().get("visibility").asString()).isEqualTo("unlisted");
		assertThat(form.body().get("sensitive").asBoolean()).isTrue();
		assertThat(form.body().get("language").asString()).isEqualTo("de");

		String boundary = "murmur-boundary";
		String multipart = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\nFrom multipart\r\n" + "--" + boundary
				+ "--\r\n";
		Response response = postRaw("/api/v1/statuses", tokenFor(alice), "multipart/form-data; boundary=" + boundary,
				multipart);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		assertThat(response.body().get("content").asString()).isEqualTo("<p>From multipart</p>");
	}

	@Test
	void acceptsFiveHundredCharacters() {
		Account alice = this.users.register("alice");
		assertThat(post(alice, "a".repeat(500)).get("content").asString()).contains("a".repeat(500));
	}

	@Test
	void rejectsStatusOverFiveHundredCharacters() {
		Account alice = this.users.register("alice");
		Response response = postJson("/api/v1/statuses", tokenFor(alice), Map.of("status", "a".repeat(501)));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).isEqualTo("Validation failed: Text character limit of 500 exceeded");
		assertThat(statusesOf(alice)).isEmpty();
	}

	@Test
	void countsTheContentWarningTowardsTheLimit() {
		Account alice = this.users.register("alice");
		Response response = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "a".repeat(490), "spoiler_text", "b".repeat(11)));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).isEqualTo("Validation failed: Text character limit of 500 exceeded");
	}

	@Test
	void countsLinksAsTwentyThreeCharacters() {
		Account alice = this.users.register("alice");
		String text = "a".repeat(470) + " https://murmur.example/" + "x".repeat(100);
		JsonNode posted = post(alice, text);
		assertThat(posted.get("content").asString())
			.contains("href=\"https://murmur.example/" + "x".repeat(100) + "\"");
	}

	@Test
	void rejectsBlankText() {
		Account alice = this.users.register("alice");
		for (Map<String, ?> params : List.of(Map.of("status", "   \n "), Map.<String, Object>of())) {
			Response response = postJson("/api/v1/statuses", tokenFor(alice), params);
			assertThat(response.status()).isEqualTo(422);
			assertThat(response.error()).isEqualTo("Validation failed: Text can't be blank");
		}
		assertThat(statusesOf(alice)).isEmpty();
	}

	@Test
	void postsAContentWarningAloneAsTheText() {
		Account alice = this.users.register("alice");
		JsonNode posted = post(alice, Map.of("spoiler_text", "Spoilers"));
		assertThat(posted.get("content").asString()).isEqualTo("<p>Spoilers</p>");
		assertThat(posted.get("spoiler_text").asString()).isEmpty();
		assertThat(posted.get("sensitive").asBoolean()).isTrue();
	}

	@Test
	void marksAStatusWithAContentWarningSensitive() {
		Account alice = this.users.register("alice");
		JsonNode posted = post(alice, params("status", "the ending", "spoiler_text", "  film spoilers "));
		assertThat(posted.get("spoiler_text").asString()).isEqualTo("film spoilers");
		assertThat(posted.get("sensitive").asBoolean()).isTrue();
	}

	@Test
	void rejectsUnknownVisibility() {
		Account alice = this.users.register("alice");
		Response response = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "hi", "visibility", "friends"));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).isEqualTo("Validation failed: Visibility is not included in the list");
		assertThat(statusesOf(alice)).isEmpty();
	}

	@Test
	void rejectsUnknownLanguage() {
		Account alice = this.users.register("alice");
		Response response = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "hi", "language", "klingon"));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).startsWith("Validation failed: Language");
		assertThat(post(alice, params("status", "hi", "language", "EN")).get("language").asString()).isEqualTo("en");
	}

	@Test
	void rejectsMediaThatDoesNotExist() {
		Account alice = this.users.register("alice");
		Response unknown = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "look", "media_ids", List.of("12345")));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.error()).startsWith("Validation failed: ").contains("12345");

		Response tooMany = postJson("/api/v1/statuses", tokenFor(alice),
				params("media_ids", List.of("1", "2", "3", "4", "5")));
		assertThat(tooMany.status()).isEqualTo(422);
		assertThat(tooMany.error()).isEqualTo("Validation failed: Cannot attach more than 4 files");
		assertThat(statusesOf(alice)).isEmpty();
	}

	@Test
	void rejectsPollsAndScheduledPosts() {
		Account alice = this.users.register("alice");
		Response poll = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "vote", "poll", Map.of("options", List.of("a", "b"), "expires_in", 3600)));
		assertThat(poll.status()).isEqualTo(422);
		assertThat(poll.error()).startsWith("Validation failed: Polls");

		Response scheduled = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "later", "scheduled_at", "2099-01-01T00:00:00Z"));
		assertThat(scheduled.status()).isEqualTo(422);
		assertThat(scheduled.error()).startsWith("Validation failed: Scheduled");
		assertThat(statusesOf(alice)).isEmpty();
	}

	@Test
	void rejectsMalformedJson() {
		Account alice = this.users.register("alice");
		Response response = postRaw("/api/v1/statuses", tokenFor(alice), "application/json", "{\"status\": \"hi\"");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.error()).isNotBlank();
	}

	@Test
	void rejectsFieldsOfTheWrongShape() {
		Account alice = this.users.register("alice");
		Response response = postRaw("/api/v1/statuses", tokenFor(alice), "application/json",
				"{\"status\": \"hi\", \"media_ids\": {\"a\": 1}}");
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).isNotBlank();
	}

	@Test
	void refusesCallersWithoutAValidIdentity() {
		Account alice = this.users.register("alice");
		Response anonymous = postJson("/api/v1/statuses", null, Map.of("status", "hi"));
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.error()).isNotBlank();
		Response forged = postJson("/api/v1/statuses", TestIdentities.forged(alice.getId()), Map.of("status", "hi"));
		assertThat(forged.status()).isEqualTo(401);
		assertThat(statusesOf(alice)).isEmpty();
	}

	@Test
	void refusesTokensWithoutTheWriteScopeOrAnAccount() {
		Account alice = this.users.register("alice");
		Response readOnly = postJson("/api/v1/statuses", TestIdentities.forAccount(alice.getId(), "read"),
				Map.of("status", "hi"));
		assertThat(readOnly.status()).isEqualTo(403);
		String appToken = new InternalTokens(TestIdentities.SECRET, "gateway")
			.sign(new Identity(null, 7, Set.of("write")), Duration.ofMinutes(5));
		Response appOnly = postJson("/api/v1/statuses", appToken, Map.of("status", "hi"));
		assertThat(appOnly.status()).isEqualTo(422);
		assertThat(appOnly.error()).isEqualTo("This method requires an authenticated user");
		Response scoped = postJson("/api/v1/statuses", TestIdentities.forAccount(alice.getId(), "write:statuses"),
				Map.of("status", "hi"));
		assertThat(scoped.status()).isEqualTo(200);
		assertThat(statusesOf(alice)).hasSize(1);
	}

	@Test
	void answersARepeatedIdempotencyKeyWithTheFirstStatus() {
		Account alice = this.users.register("alice");
		String key = UUID.randomUUID().toString();
		Response first = postJson("/api/v1/statuses", tokenFor(alice), Map.of("status", "once"), "Idempotency-Key",
				key);
		Response second = postJson("/api/v1/statuses", tokenFor(alice), Map.of("status", "once"), "Idempotency-Key",
				key);
		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
		assertThat(statusesOf(alice)).hasSize(1);

		Account bob = this.users.register("bob");
		Response other = postJson("/api/v1/statuses", tokenFor(bob), Map.of("status", "once"), "Idempotency-Key", key);
		assertThat(other.body().get("id").asString()).as("keys are per account")
			.isNotEqualTo(first.body().get("id").asString());
	}

	@Test
	void answersConcurrentRequestsWithTheSameKeyWithOneStatus() throws Exception {
		Account alice = this.users.register("alice");
		String key = UUID.randomUUID().toString();
		try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
			List<Future<Response>> responses = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				responses.add(threads.submit(() -> postJson("/api/v1/statuses", tokenFor(alice),
						Map.of("status", "retried"), "Idempotency-Key", key)));
			}
			Set<String> ids = new HashSet<>();
			for (Future<Response> response : responses) {
				assertThat(response.get().status()).isEqualTo(200);
				ids.add(response.get().body().get("id").asString());
			}
			assertThat(ids).hasSize(1);
		}
		assertThat(statusesOf(alice)).hasSize(1);
	}

	@Test
	void dropsNulCharactersFromTheText() {
		Account alice = this.users.register("alice");
		JsonNode posted = post(alice, params("status", "a\u0000b", "spoiler_text", "\u0000"));
		assertThat(posted.get("content").asString()).isEqualTo("<p>ab</p>");
		assertThat(posted.get("spoiler_text").asString()).isEmpty();
	}

	@Test
	void rendersMentionsAndHashtags() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		JsonNode posted = post(alice, "Hi @" + bob.getUsername().toUpperCase() + " and @" + bob.getUsername()
				+ "@murmur.test, not @ghost or @bob@elsewhere.example #Murmur #murmur #日本");

		String profile = PUBLIC_URL + "/@" + bob.getUsername();
		String content = posted.get("content").asString();
		assertThat(content).contains("<span class=\"h-card\"><a href=\"" + profile
				+ "\" class=\"u-url mention\">@<span>" + bob.getUsername() + "</span></a></span>");
		assertThat(content).contains("@ghost").doesNotContain("href=\"" + PUBLIC_URL + "/@ghost");
		assertThat(content).contains("<a href=\"" + PUBLIC_URL
				+ "/tags/murmur\" class=\"mention hashtag\" rel=\"tag\">#<span>Murmur</span></a>");

		JsonNode mentions = posted.get("mentions");
		assertThat(mentions).hasSize(1);
		assertThat(mentions.get(0).get("id").asString()).isEqualTo(Long.toString(bob.getId()));
		assertThat(mentions.get(0).get("username").asString()).isEqualTo(bob.getUsername());
		assertThat(mentions.get(0).get("acct").asString()).isEqualTo(bob.getUsername());
		assertThat(mentions.get(0).get("url").asString()).isEqualTo(profile);

		assertThat(posted.get("tags")).hasSize(2);
		assertThat(posted.get("tags").get(0).get("name").asString()).isEqualTo("murmur");
		assertThat(posted.get("tags").get(0).get("url").asString()).isEqualTo(PUBLIC_URL + "/tags/murmur");
		assertThat(posted.get("tags").get(1).get("name").asString()).isEqualTo("日本");
	}

	@Test
	void escapesHtmlInTheText() {
		Account alice = this.users.register("alice");
		JsonNode posted = post(alice, "<img src=x onerror=alert(1)>\n\nbye");
		assertThat(posted.get("content").asString()).isEqualTo("<p>&lt;img src=x onerror=alert(1)&gt;</p><p>bye</p>");
	}

	private List<String> statusesOf(Account account) {
		Response response = get("/api/v1/accounts/" + account.getId() + "/statuses", tokenFor(account));
		assertThat(response.status()).isEqualTo(200);
		return ids(response.body());
	}

}
