package social.murmur.feed.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.contracts.media.v1.MediaAttachment;
import social.murmur.contracts.media.v1.MediaDimensions;
import social.murmur.contracts.media.v1.MediaFocus;
import social.murmur.contracts.media.v1.MediaMeta;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.cache.CachedStatus;
import social.murmur.feed.source.Likes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class StatusJsonTest {

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final MastodonEntities entities = new MastodonEntities("https://murmur.example");

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private final StatusJson json = new StatusJson(this.entities, this.mapper, properties(DataSize.ofMegabytes(1)),
			this.meters);

	@Test
	void writesWhatTheMastodonEntitiesSerializeToWithTheLikesOfInteractions() {
		Status first = status(2, author(7, "Alice"));
		Status second = status(1, author(8, "Bob \"the builder\" <b>"));
		Likes likes = new Likes(Map.of(2L, 12L), Set.of(1L));

		String written = write(likes, first, second);

		String expected = this.mapper.writeValueAsString(
				List.of(this.entities.status(first).withFavouritesCount(12).withViewer(false, false, false),
						this.entities.status(second).withFavouritesCount(0).withViewer(true, false, false)));
		assertThat(written).isEqualTo(expected);
		assertThat(this.mapper.readTree(written).get(1).get("account").get("display_name").asString())
			.isEqualTo("Bob \"the builder\" <b>");
	}

	@Test
	void anEmptyPageIsAnEmptyArray() {
		assertThat(new String(this.json.page(List.of(), Likes.NONE).toByteArray(), StandardCharsets.UTF_8))
			.isEqualTo("[]");
	}

	@Test
	void reusesARenderingWhileTheStatusAndItsAuthorStayTheSameWhateverTheLikes() {
		Status status = status(5, author(7, "Alice"));
		write(Likes.NONE, status);

		JsonNode liked = this.mapper.readTree(write(new Likes(Map.of(5L, 4L), Set.of(5L)), status)).get(0);
		JsonNode unliked = this.mapper.readTree(write(new Likes(Map.of(5L, 3L), Set.of()), status)).get(0);
		JsonNode unknown = this.mapper.readTree(write(Likes.NONE, status)).get(0);

		assertThat(liked.get("favourites_count").asLong()).isEqualTo(4);
		assertThat(liked.get("favourited").asBoolean()).isTrue();
		assertThat(unliked.get("favourites_count").asLong()).isEqualTo(3);
		assertThat(unliked.get("favourited").asBoolean()).isFalse();
		assertThat(unknown.get("favourites_count").asLong()).isZero();
		assertThat(this.json.kept()).isEqualTo(1);
		assertThat(renderings("hit")).isEqualTo(3);
		assertThat(renderings("miss")).isEqualTo(1);
	}

	@Test
	void rendersAgainWhenTheStatusOrItsAuthorChanged() {
		write(Likes.NONE, status(5, author(7, "Alice")));

		JsonNode renamed = this.mapper
			.readTree(write(new Likes(Map.of(5L, 2L), Set.of()), status(5, author(7, "Alice Liddell"))))
			.get(0);
		JsonNode edited = this.mapper
			.readTree(write(Likes.NONE, status(5, author(7, "Alice Liddell")).toBuilder().setRepliesCount(1).build()))
			.get(0);

		assertThat(renamed.get("account").get("display_name").asString()).isEqualTo("Alice Liddell");
		assertThat(renamed.get("favourites_count").asLong()).isEqualTo(2);
		assertThat(edited.get("replies_count").asLong()).isEqualTo(1);
		assertThat(edited.get("account").get("display_name").asString()).isEqualTo("Alice Liddell");
		assertThat(this.json.kept()).isEqualTo(1);
	}

	@Test
	void showsTheCountOfInteractionsNotTheOneInPostsMessage() {
		Status stale = status(5, author(7, "Alice")).toBuilder().setFavouritesCount(9).build();

		JsonNode status = this.mapper.readTree(write(new Likes(Map.of(5L, 2L), Set.of()), stale)).get(0);

		assertThat(status.get("favourites_count").asLong()).isEqualTo(2);
	}

	@Test
	void textThatLooksLikeTheCountIsLeftAlone() {
		String tricky = ",\"favourites_count\":0,";
		Status status = status(5, author(7, tricky)).toBuilder()
			.setContent("<p>" + tricky + "</p>")
			.setSpoilerText(tricky)
			.build();

		String written = write(new Likes(Map.of(5L, 7L), Set.of()), status);

		assertThat(written).isEqualTo(this.mapper.writeValueAsString(
				List.of(this.entities.status(status).withFavouritesCount(7).withViewer(false, false, false))));
		JsonNode node = this.mapper.readTree(written).get(0);
		assertThat(node.get("content").asString()).isEqualTo("<p>" + tricky + "</p>");
		assertThat(node.get("account").get("display_name").asString()).isEqualTo(tricky);
		assertThat(node.get("favourites_count").asLong()).isEqualTo(7);
	}

	@Test
	void rendersTheAttachmentsOfAStatus() {
		Status status = status(5, author(7, "Alice")).toBuilder()
			.addMediaAttachments(MediaAttachment.newBuilder()
				.setId(42)
				.setType("image")
				.setUrl("https://murmur.example/system/media_attachments/42/original.jpg")
				.setPreviewUrl("https://murmur.example/system/media_attachments/42/small.jpg")
				.setBlurhash("LEHV6nWB2yk8pyo0adR*.7kCMdnj")
				.setDescription("A cat")
				.setMeta(MediaMeta.newBuilder()
					.setOriginal(MediaDimensions.newBuilder().setWidth(1200).setHeight(800))
					.setSmall(MediaDimensions.newBuilder().setWidth(480).setHeight(320))
					.setFocus(MediaFocus.newBuilder().setX(0.25).setY(-0.5))))
			.build();

		JsonNode attachment = this.mapper.readTree(write(Likes.NONE, status)).get(0).get("media_attachments").get(0);

		assertThat(attachment.get("id").asString()).isEqualTo("42");
		assertThat(attachment.get("type").asString()).isEqualTo("image");
		assertThat(attachment.get("url").asString())
			.isEqualTo("https://murmur.example/system/media_attachments/42/original.jpg");
		assertThat(attachment.get("preview_url").asString())
			.isEqualTo("https://murmur.example/system/media_attachments/42/small.jpg");
		assertThat(attachment.get("blurhash").asString()).isEqualTo("LEHV6nWB2yk8pyo0adR*.7kCMdnj");
		assertThat(attachment.get("description").asString()).isEqualTo("A cat");
		assertThat(attachment.get("meta").get("original").get("size").asString()).isEqualTo("1200x800");
		assertThat(attachment.get("meta").get("small").get("width").asInt()).isEqualTo(480);
		assertThat(attachment.get("meta").get("focus").get("x").asDouble()).isEqualTo(0.25);
	}

	@Test
	void knowsTheLengthOfAPageBeforeWritingIt() throws IOException {
		List<CachedStatus> statuses = List.of(CachedStatus.of(status(4, author(7, "Zoë ✨"))),
				CachedStatus.of(status(3, author(8, "Bob"))), CachedStatus.of(status(2, author(7, "Zoë ✨"))),
				CachedStatus.of(status(1, author(9, "Carol"))));
		Likes likes = new Likes(Map.of(4L, 9L, 3L, 10L, 2L, Long.MAX_VALUE), Set.of(3L, 1L));

		StatusJson.Page page = this.json.page(statuses, likes);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		page.writeTo(out);

		assertThat(out.size()).isEqualTo(page.length());
		JsonNode written = this.mapper.readTree(out.toByteArray());
		assertThat(written.findValues("favourites_count")).extracting(JsonNode::asLong)
			.containsExactly(9L, 10L, Long.MAX_VALUE, 0L);
		assertThat(written.findValues("favourited")).extracting(JsonNode::asBoolean)
			.containsExactly(false, true, false, true);
	}

	@Test
	void aNegativeCountIsWrittenAsNoLikes() throws IOException {
		// Interactions never goes below zero; a page must stay valid JSON of the
		// announced length even if a count did.
		List<CachedStatus> statuses = List.of(CachedStatus.of(status(2, author(7, "Alice"))),
				CachedStatus.of(status(1, author(8, "Bob"))));
		Likes likes = new Likes(Map.of(2L, -3L, 1L, Long.MIN_VALUE), Set.of());

		StatusJson.Page page = this.json.page(statuses, likes);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		page.writeTo(out);

		assertThat(out.size()).isEqualTo(page.length());
		assertThat(this.mapper.readTree(out.toByteArray()).findValues("favourites_count")).extracting(JsonNode::asLong)
			.containsExactly(0L, 0L);
	}

	@Test
	void writesOneStatusAsTheArrayDoes() {
		Status status = status(5, author(7, "Alice"));
		Likes likes = new Likes(Map.of(5L, 1L), Set.of(5L));

		assertThat("[" + this.json.status(CachedStatus.of(status), likes) + "]").isEqualTo(write(likes, status));
	}

	@Test
	void forgetsRenderingsBeyondItsMemory() {
		StatusJson small = new StatusJson(this.entities, this.mapper, properties(DataSize.ofKilobytes(16)),
				new SimpleMeterRegistry());
		for (int id = 1; id <= 200; id++) {
			small.page(List.of(CachedStatus.of(status(id, author(7, "Alice")))), Likes.NONE).toByteArray();
		}
		small.cleanUp();
		assertThat(small.kept()).isLessThan(20);
		// What was forgotten is rendered again, the same as before.
		assertThat(new String(
				small.page(List.of(CachedStatus.of(status(1, author(7, "Alice")))), Likes.NONE).toByteArray(),
				StandardCharsets.UTF_8))
			.isEqualTo(write(Likes.NONE, status(1, author(7, "Alice"))));
	}

	private String write(Likes likes, Status... statuses) {
		return new String(
				this.json.page(List.of(statuses).stream().map(CachedStatus::of).toList(), likes).toByteArray(),
				StandardCharsets.UTF_8);
	}

	private double renderings(String result) {
		return this.meters.get("cache.gets")
			.tag("cache", "feed.rendered-statuses")
			.tag("result", result)
			.functionCounter()
			.count();
	}

	private static Account author(long id, String displayName) {
		return Account.newBuilder().setId(id).setUsername("user" + id).setDisplayName(displayName).build();
	}

	private static Status status(long id, Account author) {
		return Status.newBuilder()
			.setId(id)
			.setCreatedAt(1_700_000_000_000L + id)
			.setVisibility(Visibility.VISIBILITY_PUBLIC)
			.setLanguage("en")
			.setContent("<p>Status " + id + " &amp; more</p>")
			.setAccount(author)
			.build();
	}

	private static FeedProperties properties(DataSize renderedStatusesSize) {
		return new FeedProperties(800, 1000, 8, 40, 10_000, 30, Duration.ofSeconds(2), Duration.ofHours(24),
				Duration.ofHours(1), Duration.ofHours(1), renderedStatusesSize, Duration.ofMillis(300),
				Duration.ofDays(3), Duration.ofSeconds(1), Duration.ofSeconds(5));
	}

}
