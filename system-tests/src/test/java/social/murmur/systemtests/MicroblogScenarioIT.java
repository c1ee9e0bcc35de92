package social.murmur.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import social.murmur.systemtests.People.Person;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The microblog of design document 000, end to end through the gateway, as people use it:
 * sign up, follow, post, read home timelines page by page, get notified, unfollow,
 * delete, sign in again and revoke a token. Every service runs as its own process.
 */
class MicroblogScenarioIT {

	private static final Duration EVENTUALLY = Duration.ofSeconds(20);

	@Test
	void peopleFollowPostReadTheirHomeTimelinesAndAreNotified() {
		Person alice = People.signUp("alice");
		Person bob = People.signUp("bob");
		Person carol = People.signUp("carol");

		JsonNode follow = bob.client()
			.postForm("/api/v1/accounts/" + alice.id() + "/follow", Map.of("notify", "true"))
			.json();
		assertThat(follow.get("following").asBoolean()).isTrue();
		assertThat(follow.get("notifying").asBoolean()).isTrue();
		assertThat(carol.client().postJson("/api/v1/accounts/" + alice.id() + "/follow", Map.of()).status())
			.isEqualTo(200);

		String first = post(alice, "Hello, Murmur! #firstpost");
		String second = post(alice, "Good morning @" + bob.username() + ", coffee?");
		String third = post(alice, "Third thoughts");
		String bobsOwn = post(bob, "Bob was here");

		// Fan-out through Kafka into Redis: bob's home fills up with alice's posts and
		// his own.
		await().atMost(EVENTUALLY)
			.untilAsserted(() -> assertThat(home(bob, "")).containsExactly(bobsOwn, third, second, first));

		// Paging down with max_id and back up with min_id, following the Link header.
		ApiResponse page = bob.client().get("/api/v1/timelines/home?limit=2");
		assertThat(page.ids()).containsExactly(bobsOwn, third);
		ApiResponse older = bob.client().get(page.link("next").orElseThrow());
		assertThat(older.ids()).containsExactly(second, first);
		ApiResponse newer = bob.client().get(older.link("prev").orElseThrow());
		assertThat(newer.ids()).containsExactly(bobsOwn, third);
		assertThat(bob.client().get("/api/v1/timelines/home?since_id=" + second).ids()).containsExactly(bobsOwn, third);

		JsonNode status = bob.client().get("/api/v1/statuses/" + second).json();
		assertThat(status.get("account").get("id").asString()).isEqualTo(alice.id());
		assertThat(status.get("mentions").get(0).get("id").asString()).isEqualTo(bob.id());
		assertThat(status.get("content").asString()).contains("@<span>" + bob.username() + "</span>");

		// Alice was followed twice; bob was mentioned once and hears of each of alice's
		// posts.
		await().atMost(EVENTUALLY).untilAsserted(() -> {
			List<JsonNode> notifications = notifications(alice);
			assertThat(notifications).extracting((n) -> n.get("type").asString()).containsOnly("follow");
			assertThat(notifications).extracting((n) -> n.get("account").get("id").asString())
				.containsExactlyInAnyOrder(bob.id(), carol.id());
		});
		await().atMost(EVENTUALLY).untilAsserted(() -> {
			List<JsonNode> notifications = notifications(bob);
			assertThat(notifications)
				.extracting((n) -> n.get("type").asString() + ":" + n.get("status").get("id").asString())
				.containsExactlyInAnyOrder("status:" + first, "mention:" + second, "status:" + third);
		});

		// Unfollow: alice's posts leave bob's home; bob's own stay.
		assertThat(bob.client()
			.postJson("/api/v1/accounts/" + alice.id() + "/unfollow", Map.of())
			.json()
			.get("following")
			.asBoolean()).isFalse();
		await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(home(bob, "")).containsExactly(bobsOwn));

		// Delete: the status leaves every timeline and can no longer be read.
		await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(home(carol, "")).contains(third));
		ApiResponse deleted = alice.client().delete("/api/v1/statuses/" + third);
		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.json().get("text").asString()).isEqualTo("Third thoughts");
		assertThat(alice.client().get("/api/v1/statuses/" + third).status()).isEqualTo(404);
		await().atMost(EVENTUALLY).untilAsserted(() -> {
			assertThat(home(carol, "")).containsExactly(second, first);
			assertThat(home(alice, "")).containsExactly(second, first);
			assertThat(MastodonClient.anonymous().get("/api/v1/timelines/public?limit=40").ids()).doesNotContain(third)
				.contains(second, first);
		});
		assertThat(
				MastodonClient.anonymous().get("/api/v1/accounts/" + alice.id()).json().get("followers_count").asLong())
			.isEqualTo(1);
	}

	@Test
	void peopleSignInWithThePasswordGrantAndRevokedTokensStopWorking() {
		Person dave = People.signUp("dave");
		People.App app = People.app();
		ApiResponse signIn = MastodonClient.anonymous()
			.postForm("/oauth/token", Map.of("grant_type", "password", "client_id", app.clientId(), "client_secret",
					app.clientSecret(), "username", dave.email(), "password", dave.password(), "scope", "read write"));
		assertThat(signIn.status()).as(signIn.toString()).isEqualTo(200);
		String token = signIn.json().get("access_token").asString();
		MastodonClient signedIn = MastodonClient.anonymous().withToken(token);
		assertThat(signedIn.get("/api/v1/accounts/verify_credentials").json().get("id").asString())
			.isEqualTo(dave.id());

		ApiResponse wrongPassword = MastodonClient.anonymous()
			.postForm("/oauth/token", Map.of("grant_type", "password", "client_id", app.clientId(), "client_secret",
					app.clientSecret(), "username", dave.email(), "password", "not the password"));
		assertThat(wrongPassword.status()).isEqualTo(400);
		assertThat(wrongPassword.error()).isEqualTo("invalid_grant");

		ApiResponse revoke = MastodonClient.anonymous()
			.postForm("/oauth/revoke",
					Map.of("client_id", app.clientId(), "client_secret", app.clientSecret(), "token", token));
		assertThat(revoke.status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(signedIn.get("/api/v1/accounts/verify_credentials").status()).isEqualTo(401));
		assertThat(dave.client().get("/api/v1/accounts/verify_credentials").status()).isEqualTo(200);
	}

	@Test
	void statusesArePostedAsJsonFormOrMultipartAlike() {
		Person kim = People.signUp("kim");
		ApiResponse json = kim.client()
			.postJson("/api/v1/statuses", Map.of("status", "as json", "visibility", "unlisted"));
		ApiResponse form = kim.client()
			.postForm("/api/v1/statuses", Map.of("status", "as a form", "visibility", "unlisted"));
		ApiResponse multipart = kim.client()
			.postMultipart("/api/v1/statuses", Map.of("status", "as multipart, ünïcödé", "visibility", "unlisted"));
		assertThat(List.of(json, form, multipart)).allSatisfy((response) -> {
			assertThat(response.status()).as(response.toString()).isEqualTo(200);
			assertThat(response.json().get("visibility").asString()).isEqualTo("unlisted");
		});
		assertThat(multipart.json().get("content").asString()).isEqualTo("<p>as multipart, ünïcödé</p>");
		ApiResponse profile = kim.client()
			.patchJson("/api/v1/accounts/update_credentials",
					Map.of("display_name", "Kim", "note", "Hello <b>there</b>"));
		assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
		assertThat(profile.json().get("display_name").asString()).isEqualTo("Kim");
		assertThat(profile.json().get("note").asString()).doesNotContain("<b>");
	}

	private static String post(Person author, String text) {
		ApiResponse response = author.client().postForm("/api/v1/statuses", Map.of("status", text));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("id").asString();
	}

	private static List<String> home(Person person, String query) {
		ApiResponse response = person.client().get("/api/v1/timelines/home" + query);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.ids();
	}

	private static List<JsonNode> notifications(Person person) {
		ApiResponse response = person.client().get("/api/v1/notifications");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().valueStream().toList();
	}

}
