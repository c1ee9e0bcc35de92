package social.murmur.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import social.murmur.systemtests.People.Person;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static social.murmur.systemtests.StreamingConnection.event;
import static social.murmur.systemtests.StreamingConnection.payload;

/**
 * The Instagram side end to end, through the gateway and every service: Alice posts a
 * photo; Bob, who follows her, sees it arrive live and in his home timeline with its
 * preview and blurhash, likes it and comments on it; Alice is told of both, live, and the
 * counts, the thread and her unread count agree.
 */
class PhotoConversationIT {

	private static final Duration LIVE = Duration.ofSeconds(20);

	@Test
	void aFollowerSeesAPhotoLikesAndCommentsAndTheAuthorHearsOfBothLive() throws Exception {
		Person alice = People.signUp("alice");
		Person bob = People.signUp("bob");
		follow(bob, alice);

		JsonNode instance = MastodonClient.anonymous().get("/api/v2/instance").json();
		assertThat(instance.at("/configuration/urls/streaming").asString()).startsWith("ws");

		try (StreamingConnection bobsHome = StreamingConnection.open("user", bob.token());
				StreamingConnection alicesNotifications = StreamingConnection.open("user:notification",
						alice.token())) {
			String mediaId = uploadedPhoto(alice);
			ApiResponse posted = alice.client()
				.postJson("/api/v1/statuses", Map.of("status", "Sunset from the pier", "media_ids", List.of(mediaId)));
			assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
			String statusId = posted.json().get("id").asString();
			assertThat(posted.json().at("/media_attachments/0/id").asString()).isEqualTo(mediaId);

			// Bob's open connection gets the status as it enters his home timeline.
			JsonNode update = bobsHome.await(event("update", (status) -> statusId.equals(status.path("id").asString())),
					LIVE);
			assertThat(update.get("stream").get(0).asString()).isEqualTo("user");
			assertThat(payload(update).at("/media_attachments/0/blurhash").asString()).isNotBlank();

			// And his home timeline shows it with its preview and blurhash.
			JsonNode inHome = await().atMost(LIVE)
				.until(() -> statusIn(bob.client().get("/api/v1/timelines/home"), statusId), (found) -> found != null);
			JsonNode attachment = inHome.get("media_attachments").get(0);
			assertThat(attachment.get("type").asString()).isEqualTo("image");
			assertThat(attachment.get("preview_url").asString()).contains("/system/media_attachments/");
			assertThat(attachment.get("blurhash").asString()).isNotBlank();
			assertThat(attachment.get("description").asString()).isEqualTo("The sun going down behind a pier");
			assertThat(inHome.get("favourited").asBoolean()).isFalse();

			// Bob likes it and comments on it.
			assertThat(bob.client().postForm("/api/v1/statuses/" + statusId + "/favourite", Map.of()).status())
				.isEqualTo(200);
			ApiResponse reply = bob.client()
				.postJson("/api/v1/statuses",
						Map.of("status", "@" + alice.username() + " what a light!", "in_reply_to_id", statusId));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
			String replyId = reply.json().get("id").asString();

			// Alice hears of both, live.
			JsonNode favourite = alicesNotifications
				.await(event("notification", (notification) -> "favourite".equals(notification.path("type").asString())
						&& statusId.equals(notification.at("/status/id").asString())), LIVE);
			assertThat(favourite.get("stream").get(0).asString()).isEqualTo("user:notification");
			assertThat(payload(favourite).at("/account/id").asString()).isEqualTo(bob.id());
			JsonNode mention = alicesNotifications
				.await(event("notification", (notification) -> "mention".equals(notification.path("type").asString())
						&& replyId.equals(notification.at("/status/id").asString())), LIVE);
			assertThat(payload(mention).at("/status/in_reply_to_id").asString()).isEqualTo(statusId);

			// The counts agree everywhere, and Bob's view says he liked it.
			await().atMost(LIVE).untilAsserted(() -> {
				JsonNode shown = alice.client().get("/api/v1/statuses/" + statusId).json();
				assertThat(shown.get("favourites_count").asLong()).isEqualTo(1);
				assertThat(shown.get("replies_count").asLong()).isEqualTo(1);
			});
			await().atMost(LIVE).untilAsserted(() -> {
				JsonNode again = statusIn(bob.client().get("/api/v1/timelines/home"), statusId);
				assertThat(again).isNotNull();
				assertThat(again.get("favourites_count").asLong()).isEqualTo(1);
				assertThat(again.get("favourited").asBoolean()).isTrue();
			});
			JsonNode context = bob.client().get("/api/v1/statuses/" + statusId + "/context").json();
			assertThat(context.get("descendants").valueStream().map((status) -> status.get("id").asString()))
				.containsExactly(replyId);

			// Three unread notifications (the follow, the like, the reply) until Alice
			// marks
			// them read.
			ApiResponse unread = alice.client().get("/api/v1/notifications/unread_count");
			assertThat(unread.status()).as(unread.toString()).isEqualTo(200);
			assertThat(unread.json().get("count").asInt()).isEqualTo(3);
			String newest = alice.client().get("/api/v1/notifications").ids().get(0);
			ApiResponse marked = alice.client()
				.postJson("/api/v1/markers", Map.of("notifications", Map.of("last_read_id", newest)));
			assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
			assertThat(marked.json().at("/notifications/last_read_id").asString()).isEqualTo(newest);
			assertThat(alice.client().get("/api/v1/notifications/unread_count").json().get("count").asInt()).isZero();

			// Undoing the like takes the count and the notification back.
			assertThat(bob.client().postForm("/api/v1/statuses/" + statusId + "/unfavourite", Map.of()).status())
				.isEqualTo(200);
			await().atMost(LIVE)
				.untilAsserted(() -> assertThat(alice.client()
					.get("/api/v1/notifications?types[]=favourite")
					.json()
					.valueStream()
					.filter((notification) -> statusId.equals(notification.at("/status/id").asString()))).isEmpty());
			assertThat(alice.client().get("/api/v1/statuses/" + statusId).json().get("favourites_count").asLong())
				.isZero();
		}
	}

	@Test
	void aStreamOpenedJustNowGetsTheNextStatusOfAFollowedAccount() throws Exception {
		Person carol = People.signUp("carol");
		Person dave = People.signUp("dave");
		follow(dave, carol);

		try (StreamingConnection davesHome = StreamingConnection.open("user", dave.token())) {
			// At once: the stream counts from the moment the client sees it open.
			ApiResponse posted = carol.client().postJson("/api/v1/statuses", Map.of("status", "Anyone up?"));
			assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
			String statusId = posted.json().get("id").asString();

			JsonNode update = davesHome
				.await(event("update", (status) -> statusId.equals(status.path("id").asString())), LIVE);
			assertThat(payload(update).at("/account/id").asString()).isEqualTo(carol.id());
		}
	}

	@Test
	void aStreamNeedsAValidToken() {
		assertThat(StreamingConnection.refusal("user", "not-a-token")).isEqualTo(401);
		assertThat(MastodonClient.anonymous().get("/api/v1/streaming/health").body()).isEqualTo("OK");
	}

	private static void follow(Person follower, Person followee) {
		assertThat(follower.client().postForm("/api/v1/accounts/" + followee.id() + "/follow", Map.of()).status())
			.isEqualTo(200);
	}

	private static String uploadedPhoto(Person person) {
		ApiResponse upload = person.client()
			.postFile("/api/v2/media", "pier.png", "image/png", Images.png(900, 600),
					Map.of("description", "The sun going down behind a pier"));
		assertThat(upload.status()).as(upload.toString()).isIn(200, 202);
		String id = upload.json().get("id").asString();
		await().atMost(LIVE).until(() -> person.client().get("/api/v1/media/" + id).status() == 200);
		return id;
	}

	private static JsonNode statusIn(ApiResponse timeline, String statusId) {
		return timeline.json()
			.valueStream()
			.filter((status) -> statusId.equals(status.get("id").asString()))
			.findFirst()
			.orElse(null);
	}

}
