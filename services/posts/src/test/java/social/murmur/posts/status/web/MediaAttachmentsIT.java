package social.murmur.posts.status.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import social.murmur.contracts.media.v1.MediaAttachment;
import social.murmur.contracts.posts.v1.GetStatusesRequest;
import social.murmur.contracts.posts.v1.StatusesGrpc;
import social.murmur.contracts.users.v1.Account;
import social.murmur.posts.support.PostsIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statuses with photos: attached through media, kept with the status, shown everywhere.
 */
class MediaAttachmentsIT extends PostsIntegrationTest {

	@Autowired
	private GrpcChannelFactory channels;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void mediaAnswersAgain() {
		this.media.down(false);
		this.media.loseAnswers(false);
	}

	@Test
	void postsFourAttachmentsInTheAuthorsOrderAndShowsThemEverywhere() {
		Account alice = this.users.register("alice");
		List<MediaAttachment> uploads = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			uploads.add(this.media.upload(alice, "photo " + i));
		}
		List<String> order = List.of(id(uploads.get(2)), id(uploads.get(0)), id(uploads.get(3)), id(uploads.get(1)));

		JsonNode posted = post(alice, params("status", "four photos", "media_ids", order));

		assertThat(attachmentIds(posted)).containsExactlyElementsOf(order);
		JsonNode first = posted.get("media_attachments").get(0);
		assertThat(first.get("type").asString()).isEqualTo("image");
		assertThat(first.get("url").asString()).isEqualTo(uploads.get(2).getUrl());
		assertThat(first.get("preview_url").asString()).isEqualTo(uploads.get(2).getPreviewUrl());
		assertThat(first.get("description").asString()).isEqualTo("photo 3");
		assertThat(first.get("blurhash").asString()).isEqualTo(uploads.get(2).getBlurhash());
		assertThat(first.get("meta").get("original").get("width").asInt()).isEqualTo(1200);
		String id = posted.get("id").asString();
		assertThat(this.media.attachCalls().getLast().getStatusId()).isEqualTo(Long.parseLong(id));
		assertThat(this.media.attachCalls().getLast().getAccountId()).isEqualTo(alice.getId());

		assertThat(attachmentIds(get("/api/v1/statuses/" + id, null).body())).containsExactlyElementsOf(order);
		assertThat(attachmentIds(get("/api/v1/statuses?id[]=" + id, null).body().get(0)))
			.containsExactlyElementsOf(order);
		JsonNode listed = get("/api/v1/accounts/" + alice.getId() + "/statuses", null).body();
		assertThat(ids(listed)).containsExactly(id);
		assertThat(attachmentIds(listed.get(0))).containsExactlyElementsOf(order);

		var message = StatusesGrpc.newBlockingStub(this.channels.createChannel("posts"))
			.getStatuses(GetStatusesRequest.newBuilder().addIds(Long.parseLong(id)).build())
			.getStatuses(0);
		assertThat(message.getMediaAttachmentsList()).extracting(MediaAttachment::getId)
			.containsExactly(uploads.get(2).getId(), uploads.get(0).getId(), uploads.get(3).getId(),
					uploads.get(1).getId());
		assertThat(message.getMediaAttachments(0).getDescription()).isEqualTo("photo 3");
		assertThat(message.getMediaAttachments(0).getStatusId()).isEqualTo(Long.parseLong(id));
	}

	@Test
	void postsOneAttachmentWithoutTextGivenAsAJsonNumber() {
		Account alice = this.users.register("alice");
		MediaAttachment photo = this.media.upload(alice, "a cat");

		JsonNode posted = post(alice, params("media_ids", List.of(photo.getId())));

		assertThat(posted.get("content").asString()).isEmpty();
		assertThat(attachmentIds(posted)).containsExactly(id(photo));
		assertThat(this.media.statusOf(photo.getId())).isEqualTo(Long.parseLong(posted.get("id").asString()));
	}

	@Test
	void acceptsMediaIdsAsFormFields() {
		Account alice = this.users.register("alice");
		MediaAttachment first = this.media.upload(alice, "one");
		MediaAttachment second = this.media.upload(alice, "two");

		Response response = postRaw("/api/v1/statuses", tokenFor(alice), "application/x-www-form-urlencoded",
				"status=two&media_ids[]=" + second.getId() + "&media_ids[]=" + first.getId());

		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		assertThat(attachmentIds(response.body())).containsExactly(id(second), id(first));
	}

	@Test
	void refusesAFifthAttachmentAndStoresNothing() {
		Account alice = this.users.register("alice");
		List<String> five = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			five.add(id(this.media.upload(alice, "")));
		}
		int callsBefore = this.media.attachCalls().size();

		Response response = postJson("/api/v1/statuses", tokenFor(alice), params("status", "five", "media_ids", five));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).isEqualTo("Validation failed: Cannot attach more than 4 files");
		assertThat(this.media.attachCalls()).hasSize(callsBefore);
		assertNothingStored(alice);
	}

	@Test
	void refusesUnknownOrSomeoneElsesMediaAndStoresNothing() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		MediaAttachment own = this.media.upload(alice, "");
		MediaAttachment bobs = this.media.upload(bob, "");

		Response others = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "not mine", "media_ids", List.of(id(own), id(bobs))));
		assertThat(others.status()).isEqualTo(422);
		assertThat(others.error()).startsWith("Validation failed: ").contains(id(bobs)).contains("not found");

		Response unknown = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "nothing", "media_ids", List.of("98765432123")));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.error()).startsWith("Validation failed: ").contains("98765432123");

		assertNothingStored(alice);
		assertThat(this.media.statusOf(own.getId())).as("all or none").isZero();
		assertThat(post(alice, params("media_ids", List.of(id(own)))).get("media_attachments")).hasSize(1);
	}

	@Test
	void refusesMediaStillBeingProcessedOrAttachedElsewhere() {
		Account alice = this.users.register("alice");
		MediaAttachment processing = this.media.uploadStillProcessing(alice);
		Response response = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "too soon", "media_ids", List.of(id(processing))));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).startsWith("Validation failed: ").contains("still being processed");
		assertNothingStored(alice);

		MediaAttachment photo = this.media.upload(alice, "");
		post(alice, params("status", "first", "media_ids", List.of(id(photo))));
		Response again = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "second", "media_ids", List.of(id(photo))));
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.error()).startsWith("Validation failed: ").contains("already attached");
		assertThat(statusesOf(alice)).hasSize(1);
	}

	@Test
	void refusesMediaIdsThatAreNotNumbersWithoutAskingMedia() {
		Account alice = this.users.register("alice");
		int callsBefore = this.media.attachCalls().size();
		Response response = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "hi", "media_ids", List.of("photo.jpg")));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).isEqualTo("Validation failed: Media photo.jpg not found");
		assertThat(this.media.attachCalls()).hasSize(callsBefore);
		assertNothingStored(alice);
	}

	@Test
	void stillRefusesBlankTextWithoutMedia() {
		Account alice = this.users.register("alice");
		Response response = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", " ", "media_ids", List.of()));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).isEqualTo("Validation failed: Text can't be blank");
	}

	@Test
	void answersServiceUnavailableWhileMediaIsDownAndStoresNothing() {
		Account alice = this.users.register("alice");
		MediaAttachment photo = this.media.upload(alice, "");
		this.media.down(true);

		Response response = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "later", "media_ids", List.of(id(photo))));

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.error()).isNotBlank();
		assertNothingStored(alice);
		assertThat(post(alice, "text alone still posts while media is down").get("media_attachments")).isEmpty();
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyFinishesTheStatusWhoseAttachAnswerWasLost() {
		Account alice = this.users.register("alice");
		MediaAttachment photo = this.media.upload(alice, "");
		String key = UUID.randomUUID().toString();
		this.media.loseAnswers(true);

		Response lost = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "retried", "media_ids", List.of(id(photo))), "Idempotency-Key", key);
		assertThat(lost.status()).isEqualTo(503);
		long attachedTo = this.media.statusOf(photo.getId());
		assertThat(attachedTo).as("media attached before its answer was lost").isPositive();
		assertNothingStored(alice);

		this.media.loseAnswers(false);
		Response retried = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "retried", "media_ids", List.of(id(photo))), "Idempotency-Key", key);
		assertThat(retried.status()).as(retried.body().toString()).isEqualTo(200);
		assertThat(retried.body().get("id").asString()).isEqualTo(Long.toString(attachedTo));
		assertThat(attachmentIds(retried.body())).containsExactly(id(photo));

		Response repeated = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "retried", "media_ids", List.of(id(photo))), "Idempotency-Key", key);
		assertThat(repeated.body().get("id").asString()).isEqualTo(Long.toString(attachedTo));
		assertThat(statusesOf(alice)).containsExactly(Long.toString(attachedTo));
	}

	@Test
	void aRefusedAttachGivesUpTheIdempotencyKey() {
		Account alice = this.users.register("alice");
		MediaAttachment processing = this.media.uploadStillProcessing(alice);
		MediaAttachment ready = this.media.upload(alice, "");
		String key = UUID.randomUUID().toString();

		Response refused = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "x", "media_ids", List.of(id(processing))), "Idempotency-Key", key);
		assertThat(refused.status()).isEqualTo(422);
		Response fixed = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "x", "media_ids", List.of(id(ready))), "Idempotency-Key", key);
		assertThat(fixed.status()).isEqualTo(200);
		assertThat(attachmentIds(fixed.body())).containsExactly(id(ready));
	}

	@Test
	void onlyMediaListsStatusesWithAttachments() {
		Account alice = this.users.register("alice");
		String marker = post(alice, "marker").get("id").asString();
		post(alice, "text only #gallery");
		String photo = post(alice,
				params("status", "with a photo #gallery", "media_ids", List.of(id(this.media.upload(alice, "")))))
			.get("id")
			.asString();

		assertThat(ids(get("/api/v1/accounts/" + alice.getId() + "/statuses?only_media=true", null).body()))
			.containsExactly(photo);
		assertThat(ids(get("/api/v1/timelines/public?only_media=true&min_id=" + marker, null).body()))
			.containsExactly(photo);
		assertThat(ids(get("/api/v1/timelines/tag/gallery?only_media=true&min_id=" + marker, null).body()))
			.containsExactly(photo);
	}

	private void assertNothingStored(Account account) {
		assertThat(statusesOf(account)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from statuses where account_id = :account")
			.param("account", account.getId())
			.query(Long.class)
			.single()).as("no status row, so no StatusPublished and no statuses_count change").isZero();
	}

	private List<String> statusesOf(Account account) {
		Response response = get("/api/v1/accounts/" + account.getId() + "/statuses", tokenFor(account));
		assertThat(response.status()).isEqualTo(200);
		return ids(response.body());
	}

	private static List<String> attachmentIds(JsonNode status) {
		return ids(status.get("media_attachments"));
	}

	private static String id(MediaAttachment attachment) {
		return Long.toString(attachment.getId());
	}

}
