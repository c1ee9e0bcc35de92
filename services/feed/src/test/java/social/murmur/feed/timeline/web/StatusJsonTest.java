package social.murmur.feed.timeline.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.cache.CachedStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class StatusJsonTest {

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final MastodonEntities entities = new MastodonEntities("https://murmur.example");

	private final StatusJson json = new StatusJson(this.entities, this.mapper, properties(DataSize.ofMegabytes(1)),
			new SimpleMeterRegistry());

	@Test
	void writesWhatTheMastodonEntitiesSerializeTo() {
		Status first = status(2, author(7, "Alice"), 0);
		Status second = status(1, author(8, "Bob \"the builder\" <b>"), 3);

		String written = write(first, second);

		String expected = this.mapper
			.writeValueAsString(List.of(this.entities.status(first).withViewer(false, false, false),
					this.entities.status(second).withViewer(false, false, false)));
		assertThat(written).isEqualTo(expected);
		assertThat(this.mapper.readTree(written).get(1).get("account").get("display_name").asString())
			.isEqualTo("Bob \"the builder\" <b>");
	}

	@Test
	void anEmptyPageIsAnEmptyArray() {
		assertThat(new String(this.json.array(List.of()), StandardCharsets.UTF_8)).isEqualTo("[]");
	}

	@Test
	void reusesARenderingOnlyWhileTheStatusAndItsAuthorStayTheSame() {
		write(status(5, author(7, "Alice"), 0));
		assertThat(this.json.kept()).isEqualTo(1);

		JsonNode renamed = this.mapper.readTree(write(status(5, author(7, "Alice Liddell"), 0))).get(0);
		assertThat(renamed.get("account").get("display_name").asString()).isEqualTo("Alice Liddell");

		JsonNode liked = this.mapper.readTree(write(status(5, author(7, "Alice Liddell"), 4))).get(0);
		assertThat(liked.get("favourites_count").asLong()).isEqualTo(4);
		assertThat(liked.get("account").get("display_name").asString()).isEqualTo("Alice Liddell");
	}

	@Test
	void forgetsRenderingsBeyondItsMemory() {
		StatusJson small = new StatusJson(this.entities, this.mapper, properties(DataSize.ofKilobytes(16)),
				new SimpleMeterRegistry());
		for (int id = 1; id <= 200; id++) {
			small.array(List.of(CachedStatus.of(status(id, author(7, "Alice"), 0))));
		}
		small.cleanUp();
		assertThat(small.kept()).isLessThan(20);
		// What was forgotten is rendered again, the same as before.
		assertThat(new String(small.array(List.of(CachedStatus.of(status(1, author(7, "Alice"), 0)))),
				StandardCharsets.UTF_8))
			.isEqualTo(write(status(1, author(7, "Alice"), 0)));
	}

	private String write(Status... statuses) {
		return new String(this.json.array(List.of(statuses).stream().map(CachedStatus::of).toList()),
				StandardCharsets.UTF_8);
	}

	private static Account author(long id, String displayName) {
		return Account.newBuilder().setId(id).setUsername("user" + id).setDisplayName(displayName).build();
	}

	private static Status status(long id, Account author, long favourites) {
		return Status.newBuilder()
			.setId(id)
			.setCreatedAt(1_700_000_000_000L + id)
			.setVisibility(Visibility.VISIBILITY_PUBLIC)
			.setLanguage("en")
			.setContent("<p>Status " + id + " &amp; more</p>")
			.setFavouritesCount(favourites)
			.setAccount(author)
			.build();
	}

	private static FeedProperties properties(DataSize renderedStatusesSize) {
		return new FeedProperties(800, 1000, 40, 10_000, 30, Duration.ofSeconds(2), Duration.ofHours(24),
				Duration.ofHours(1), Duration.ofHours(1), renderedStatusesSize);
	}

}
