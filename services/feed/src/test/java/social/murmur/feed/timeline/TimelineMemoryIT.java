package social.murmur.feed.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import social.murmur.feed.FeedIntegrationTest;
import social.murmur.platform.id.IdGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures what a full home timeline costs in Redis, with {@code MEMORY USAGE} (exact,
 * {@code SAMPLES 0}) divided by {@code ZCARD}, and prints the figures.
 */
class TimelineMemoryIT extends FeedIntegrationTest {

	private static final RedisScript<Long> MEMORY_USAGE = new DefaultRedisScript<>(
			"return redis.call('memory', 'usage', KEYS[1], 'samples', '0')", Long.class);

	/** The production setting the README asks for (the launcher sets it). */
	@BeforeEach
	void compactSortedSetsUpToATimeline() {
		setCompactLimit("1024");
	}

	@Test
	void aFullTimelineCostsAtMostTwentyFourBytesAnEntry() {
		long viewer = newAccount();
		this.timelines.store(viewer, realisticIds(900));

		String key = TimelineKeys.timeline(viewer);
		assertThat(card(key)).isEqualTo(800);
		assertThat(encoding(key)).isIn("ziplist", "listpack");
		double perEntry = (double) memoryUsage(key) / card(key);
		long marker = memoryUsage(TimelineKeys.marker(viewer));
		System.out.printf(
				"[feed memory] full timeline (800 entries, score = id >>> 22, member = id): %d bytes, "
						+ "%.2f bytes per entry (+ %d bytes for the marker key), encoding %s%n",
				memoryUsage(key), perEntry, marker, encoding(key));

		assertThat(perEntry).isLessThanOrEqualTo(24.0);
	}

	@Test
	void fanOutAndTrimmingKeepATimelineCompact() {
		long viewer = newAccount();
		List<Long> ids = realisticIds(1_000);
		this.timelines.store(viewer, ids.subList(200, 1_000));
		for (long id : ids.subList(0, 200)) {
			this.timelines.addToEach(List.of(viewer), id);
		}
		this.timelines.addIfPresent(viewer, realisticIds(300));

		String key = TimelineKeys.timeline(viewer);
		assertThat(card(key)).isEqualTo(800);
		assertThat(encoding(key)).isIn("ziplist", "listpack");
	}

	@Test
	void printsWhatOtherEncodingsWouldCost() {
		List<Long> ids = realisticIds(800).subList(0, 800);
		String doubles = "feed-memory-it:doubles:" + newAccount();
		String skiplist = "feed-memory-it:skiplist:" + newAccount();
		for (long id : ids) {
			this.redis.opsForZSet().add(doubles, Long.toString(id), (double) id);
		}
		setCompactLimit("128");
		try {
			for (long id : ids) {
				this.redis.opsForZSet().add(skiplist, Long.toString(id), IdWindow.score(id));
			}
		}
		finally {
			setCompactLimit("1024");
		}
		System.out.printf("[feed memory] score = id as a double, compact: %.2f bytes per entry (%s)%n",
				(double) memoryUsage(doubles) / card(doubles), encoding(doubles));
		System.out.printf("[feed memory] score = id >>> 22, default zset-max-ziplist-entries 128: %.2f bytes per "
				+ "entry (%s)%n", (double) memoryUsage(skiplist) / card(skiplist), encoding(skiplist));
		assertThat(encoding(skiplist)).isEqualTo("skiplist");
		this.redis.delete(List.of(doubles, skiplist));
	}

	/**
	 * Ids as a busy timeline holds them: a status every few seconds for the past hours,
	 * from several posts instances (worker ids) and with sequence numbers, newest first.
	 */
	private static List<Long> realisticIds(int count) {
		Instant now = Instant.now();
		List<Long> ids = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			long millis = IdGenerator.lowestIdAt(now.minus(Duration.ofMillis(i * 7_919L)));
			ids.add(millis | ((i % 7L) << 12) | (i % 13));
		}
		return ids;
	}

	private long card(String key) {
		Long card = this.redis.opsForZSet().zCard(key);
		return (card != null) ? card : 0;
	}

	private String encoding(String key) {
		return this.redis.execute((RedisCallback<String>) (
				connection) -> connection.keyCommands().encodingOf(key.getBytes(StandardCharsets.UTF_8)).raw());
	}

	private long memoryUsage(String key) {
		Long usage = this.redis.execute(MEMORY_USAGE, List.of(key));
		return (usage != null) ? usage : 0;
	}

	private void setCompactLimit(String entries) {
		this.redis.execute((RedisCallback<Object>) (connection) -> {
			connection.serverCommands().setConfig("zset-max-ziplist-entries", entries);
			return null;
		});
	}

}
