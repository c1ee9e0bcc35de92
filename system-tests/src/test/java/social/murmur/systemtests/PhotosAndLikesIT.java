package social.murmur.systemtests;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import social.murmur.systemtests.People.Person;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Instagram side of issue 4 as far as it is wired through the gateway: an upload is
 * processed by the media service and served from an immutable URL, and likes go to the
 * interactions service.
 */
class PhotosAndLikesIT {

	private static final Duration EVENTUALLY = Duration.ofSeconds(20);

	@Test
	void anUploadedPhotoIsProcessedAndServedForever() throws Exception {
		Person alice = People.signUp("alice");

		ApiResponse upload = alice.client()
			.postFile("/api/v2/media", "holiday.png", "image/png", Images.png(1200, 800),
					Map.of("description", "A red sunset over a blue sea"));
		assertThat(upload.status()).isIn(200, 202);
		String id = upload.json().get("id").asString();

		JsonNode attachment = await().atMost(EVENTUALLY).until(() -> {
			ApiResponse shown = alice.client().get("/api/v1/media/" + id);
			return (shown.status() == 200) ? shown.json() : null;
		}, (found) -> found != null);
		assertThat(attachment.get("type").asString()).isEqualTo("image");
		assertThat(attachment.get("description").asString()).isEqualTo("A red sunset over a blue sea");
		assertThat(attachment.get("blurhash").asString()).isNotBlank();
		assertThat(attachment.get("meta").get("original").get("width").asInt()).isEqualTo(1200);
		assertThat(attachment.get("meta").get("small").get("width").asInt()).isEqualTo(540);

		HttpResponse<byte[]> preview = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(java.net.URI.create(attachment.get("preview_url").asString())).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
		BufferedImage served = ImageIO.read(new ByteArrayInputStream(preview.body()));
		assertThat(served.getWidth()).isEqualTo(540);
		assertThat(served.getHeight()).isEqualTo(360);

		// Someone else cannot see or change it, and a text file is not an image.
		Person bob = People.signUp("bob");
		assertThat(bob.client().get("/api/v1/media/" + id).status()).isEqualTo(404);
		assertThat(bob.client()
			.postFile("/api/v2/media", "notes.png", "image/png", "not an image".getBytes(), Map.of())
			.status()).isEqualTo(422);
	}

	@Test
	void likesAreCountedOnceAndListed() {
		Person alice = People.signUp("alice");
		Person bob = People.signUp("bob");
		String status = alice.client()
			.postForm("/api/v1/statuses", Map.of("status", "Like me"))
			.json()
			.get("id")
			.asString();

		for (int i = 0; i < 2; i++) {
			JsonNode liked = bob.client().postForm("/api/v1/statuses/" + status + "/favourite", Map.of()).json();
			assertThat(liked.get("favourited").asBoolean()).isTrue();
			assertThat(liked.get("favourites_count").asLong()).isEqualTo(1);
		}
		assertThat(alice.client().get("/api/v1/statuses/" + status + "/favourited_by").ids()).containsExactly(bob.id());
		assertThat(bob.client().get("/api/v1/favourites").ids()).containsExactly(status);

		JsonNode unliked = bob.client().postForm("/api/v1/statuses/" + status + "/unfavourite", Map.of()).json();
		assertThat(unliked.get("favourited").asBoolean()).isFalse();
		assertThat(unliked.get("favourites_count").asLong()).isZero();

		// Deleting the status removes its likes: liking it afterwards is 404.
		assertThat(alice.client().delete("/api/v1/statuses/" + status).status()).isEqualTo(200);
		await().atMost(EVENTUALLY)
			.untilAsserted(() -> assertThat(
					bob.client().postForm("/api/v1/statuses/" + status + "/favourite", Map.of()).status())
				.isEqualTo(404));
	}

	@Test
	void onlyUpToFourOfYourOwnPhotosCanBeAttached() {
		Person alice = People.signUp("alice");
		Person mallory = People.signUp("mallory");
		List<String> five = java.util.stream.IntStream.range(0, 5).mapToObj((i) -> uploaded(alice)).toList();
		String mallorys = uploaded(mallory);

		ApiResponse tooMany = alice.client().postJson("/api/v1/statuses", Map.of("status", "Five", "media_ids", five));
		assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
		assertThat(tooMany.error()).isNotBlank();
		ApiResponse notHers = alice.client()
			.postJson("/api/v1/statuses", Map.of("status", "Stolen", "media_ids", List.of(five.get(0), mallorys)));
		assertThat(notHers.status()).as(notHers.toString()).isEqualTo(422);

		// Nothing was posted, and the photos are still free to use.
		assertThat(alice.client().get("/api/v1/accounts/" + alice.id() + "/statuses").ids()).isEmpty();
		ApiResponse four = alice.client()
			.postJson("/api/v1/statuses", Map.of("status", "", "media_ids", five.subList(0, 4)));
		assertThat(four.status()).as(four.toString()).isEqualTo(200);
		assertThat(four.json().get("media_attachments").valueStream().map((media) -> media.get("id").asString()))
			.containsExactlyElementsOf(five.subList(0, 4));
		// Once attached, an attachment's alt text no longer changes.
		assertThat(alice.client()
			.send(alice.client()
				.request("/api/v1/media/" + five.get(0))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"description\":\"changed\"}")))
			.status()).isEqualTo(422);
	}

	private static String uploaded(Person person) {
		ApiResponse upload = person.client()
			.postFile("/api/v1/media", "photo.png", "image/png", Images.png(64, 48), Map.of());
		assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
		return upload.json().get("id").asString();
	}

}
