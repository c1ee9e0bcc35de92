package social.murmur.feed.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import social.murmur.platform.web.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

class IdWindowTest {

	/**
	 * Around 2^58, where Snowflake ids are today; its lowest 22 bits are zero, so the ids
	 * just above it were all made in one millisecond and share a score.
	 */
	private static final long BASE = 1L << 58;

	@Test
	void readsTheNewestIdsBelowMaxIdNewestFirst() {
		List<Long> ids = spaced(100);
		IdWindow window = IdWindow.of(new PageRequest(ids.get(50), null, null, 5));

		assertThat(window.read(sortedSet(ids, window))).containsExactly(ids.get(49), ids.get(48), ids.get(47),
				ids.get(46), ids.get(45));
	}

	@Test
	void sinceIdGivesTheNewestIdsAboveIt() {
		List<Long> ids = spaced(100);
		IdWindow window = IdWindow.of(new PageRequest(null, ids.get(10), null, 3));

		assertThat(window.read(sortedSet(ids, window))).containsExactly(ids.get(99), ids.get(98), ids.get(97));
	}

	@Test
	void minIdGivesTheIdsJustAboveItNewestFirst() {
		List<Long> ids = spaced(100);
		IdWindow window = IdWindow.of(new PageRequest(ids.get(90), ids.get(5), ids.get(10), 3));

		assertThat(window.ascending()).isTrue();
		assertThat(window.read(sortedSet(ids, window))).containsExactly(ids.get(13), ids.get(12), ids.get(11));
	}

	@Test
	void boundsAreExactAmongIdsThatShareAScore() {
		List<Long> ids = LongStream.range(BASE, BASE + 300).boxed().toList();
		assertThat(IdWindow.score(ids.get(0))).isEqualTo(IdWindow.score(ids.get(299)));

		IdWindow below = IdWindow.of(new PageRequest(BASE + 100, null, null, 20));
		IdWindow above = IdWindow.of(new PageRequest(null, null, BASE + 100, 20));
		IdWindow since = IdWindow.of(new PageRequest(null, BASE + 290, null, 20));

		assertThat(below.read(sortedSet(ids, below))).isEqualTo(descending(BASE + 80, BASE + 99));
		assertThat(above.read(sortedSet(ids, above))).isEqualTo(descending(BASE + 101, BASE + 120));
		assertThat(since.read(sortedSet(ids, since))).isEqualTo(descending(BASE + 291, BASE + 299));
	}

	@Test
	void keepsReadingWhileIdsSharingTheDecidingScoreMayStillFollow() {
		List<Long> ids = LongStream.range(BASE, BASE + 256).boxed().toList();
		IdWindow window = IdWindow.of(PageRequest.first(5));
		AtomicInteger batches = new AtomicInteger();
		// Ties in any order: only the scores order the reads.
		IdWindow.BatchReader reader = counting(shuffledTies(ids, window), batches);

		assertThat(window.read(reader)).isEqualTo(descending(BASE + 251, BASE + 255));
		assertThat(batches.get()).isGreaterThan(1);
	}

	@Test
	void stopsAfterOneBatchWhenTheScoresSettle() {
		List<Long> ids = spaced(500);
		IdWindow window = IdWindow.of(PageRequest.first(20));
		AtomicInteger batches = new AtomicInteger();

		assertThat(window.read(counting(sortedSet(ids, window), batches))).hasSize(20);
		assertThat(batches.get()).isOne();
	}

	@Test
	void readsEverythingThereIsWhenTheWindowHoldsLessThanTheLimit() {
		List<Long> ids = spaced(3);
		IdWindow window = IdWindow.of(PageRequest.first(20));

		assertThat(window.read(sortedSet(ids, window))).containsExactly(ids.get(2), ids.get(1), ids.get(0));
	}

	@Test
	void aWindowNoIdCanBeInReadsNothing() {
		IdWindow.BatchReader failing = (offset, count) -> {
			throw new AssertionError("should not read");
		};

		assertThat(IdWindow.of(new PageRequest(1L, null, null, 20)).read(failing)).isEmpty();
		assertThat(IdWindow.of(new PageRequest(0L, null, null, 20)).read(failing)).isEmpty();
		assertThat(IdWindow.of(new PageRequest(-5L, null, null, 20)).read(failing)).isEmpty();
		assertThat(IdWindow.of(new PageRequest(BASE + 1, BASE, null, 20)).read(failing)).isEmpty();
		assertThat(IdWindow.of(new PageRequest(BASE, null, BASE + 9, 20)).read(failing)).isEmpty();
		assertThat(IdWindow.of(new PageRequest(BASE + 2, BASE, null, 20)).isEmpty()).isFalse();
	}

	@Test
	void selectKeepsTheLimitNearestTheStartOfTheScanNewestFirst() {
		IdWindow descending = new IdWindow(100L, 10L, false, 2);
		IdWindow ascending = new IdWindow(100L, 10L, true, 2);
		List<Long> ids = List.of(5L, 10L, 11L, 12L, 50L, 50L, 99L, 100L, 150L);

		assertThat(descending.select(ids)).containsExactly(99L, 50L);
		assertThat(ascending.select(ids)).containsExactly(12L, 11L);
		assertThat(new IdWindow(100L, 10L, false, 3).select(ids)).containsExactly(99L, 50L, 12L);
		assertThat(new IdWindow(100L, 10L, true, 5).select(List.of(50L, 12L, 50L, 11L, 12L))).containsExactly(50L, 12L,
				11L);
		assertThat(descending.select(List.of())).isEmpty();
	}

	@Test
	void scoreBoundsAreWhatRedisReads() {
		assertThat(IdWindow.of(PageRequest.first(20)).maxScore()).isEqualTo("+inf");
		assertThat(IdWindow.of(PageRequest.first(20)).minScore()).isEqualTo("-inf");
		IdWindow window = IdWindow.of(new PageRequest(BASE + (5L << 22) + 7, BASE + 3, null, 20));
		assertThat(window.maxScore()).isEqualTo(Long.toString((BASE >>> 22) + 5));
		assertThat(window.minScore()).isEqualTo(Long.toString(BASE >>> 22));
		assertThat(window.maxIdOrZero()).isEqualTo(BASE + (5L << 22) + 7);
		assertThat(IdWindow.of(new PageRequest(null, -4L, null, 20)).lowerBoundOrZero()).isZero();
		assertThat(IdWindow.of(new PageRequest(null, -4L, null, 20)).minScore()).isEqualTo("-inf");
	}

	@Test
	void scoresAreExactIntegersInTheOrderOfTheIds() {
		// Redis keeps scores as doubles and stores integral ones compactly: the score of
		// any id must be an integer a double holds exactly, and never reorder two ids.
		Random random = new Random(42);
		for (int i = 0; i < 10_000; i++) {
			long id = random.nextLong(1, Long.MAX_VALUE);
			long other = random.nextLong(1, Long.MAX_VALUE);
			assertThat(IdWindow.score(id)).isLessThan(1L << 53);
			assertThat((long) (double) IdWindow.score(id)).isEqualTo(IdWindow.score(id));
			assertThat(IdWindow.lowestIdOf(IdWindow.score(id))).isLessThanOrEqualTo(id);
			if (id < other) {
				assertThat(IdWindow.score(id)).isLessThanOrEqualTo(IdWindow.score(other));
			}
		}
	}

	private static List<Long> spaced(int count) {
		// A millisecond apart (and a little), so each has a score of its own.
		return LongStream.range(0, count).mapToObj((i) -> BASE + i * ((1L << 22) + 1_000)).toList();
	}

	private static List<Long> descending(long from, long to) {
		return LongStream.rangeClosed(from, to).boxed().sorted(Comparator.reverseOrder()).toList();
	}

	/**
	 * A Redis sorted set as {@code ZREVRANGEBYSCORE}/{@code ZRANGEBYSCORE} read it: by
	 * score within inclusive bounds, ties by member bytes.
	 */
	private static IdWindow.BatchReader sortedSet(Collection<Long> ids, IdWindow window) {
		Comparator<Long> redisOrder = Comparator.comparingLong(IdWindow::score).thenComparing(String::valueOf);
		List<Long> range = inRange(ids, window).stream()
			.sorted(window.ascending() ? redisOrder : redisOrder.reversed())
			.toList();
		return slices(range);
	}

	private static IdWindow.BatchReader shuffledTies(Collection<Long> ids, IdWindow window) {
		List<Long> range = new ArrayList<>(inRange(ids, window));
		Collections.shuffle(range, new Random(7));
		Comparator<Long> byScore = Comparator.comparingLong(IdWindow::score);
		range.sort(window.ascending() ? byScore : byScore.reversed());
		return slices(range);
	}

	private static List<Long> inRange(Collection<Long> ids, IdWindow window) {
		long max = (window.maxId() != null) ? IdWindow.score(window.maxId()) : Long.MAX_VALUE;
		long min = (window.lowerBound() != null && window.lowerBound() > 0) ? IdWindow.score(window.lowerBound()) : 0;
		return ids.stream().filter((id) -> IdWindow.score(id) <= max && IdWindow.score(id) >= min).toList();
	}

	private static IdWindow.BatchReader slices(List<Long> range) {
		return (offset, count) -> range.subList(Math.min(offset, range.size()), Math.min(offset + count, range.size()));
	}

	private static IdWindow.BatchReader counting(IdWindow.BatchReader reader, AtomicInteger batches) {
		return (offset, count) -> {
			batches.incrementAndGet();
			return reader.read(offset, count);
		};
	}

}
