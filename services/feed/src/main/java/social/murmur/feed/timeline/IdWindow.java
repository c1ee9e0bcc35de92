package social.murmur.feed.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import social.murmur.platform.web.PageRequest;

/**
 * The part of a timeline one page asks for: ids below {@code maxId} and above
 * {@code lowerBound} (both exclusive), the {@code limit} nearest the start of the scan. A
 * descending scan starts at the top ({@code max_id}, {@code since_id}); an ascending one
 * starts just above {@code min_id}. Pages are always returned newest first.
 * <p>
 * A timeline's score is the millisecond part of the id ({@link #score(long)}), which
 * keeps the sorted set small (see {@code HomeTimelines}) but cannot tell apart ids made
 * in the same millisecond. So the window reads Redis by score with inclusive bounds, a
 * few ids more than it needs, filters the ids exactly in Java and keeps reading while ids
 * that share the deciding score may still follow. The order Redis gives ties in does not
 * matter.
 *
 * @param maxId exclusive upper bound, or null for none
 * @param lowerBound exclusive lower bound, or null for none
 * @param ascending whether the page is read upwards from {@code lowerBound}
 * @param limit how many ids the page holds at most
 */
public record IdWindow(@Nullable Long maxId, @Nullable Long lowerBound, boolean ascending, int limit) {

	/** Ids read beyond the limit in each batch, to absorb those just outside a bound. */
	static final int OVERFETCH = 8;

	/**
	 * Bits below the millisecond part of a Snowflake id (worker and sequence, see
	 * {@code IdGenerator}).
	 */
	static final int SUB_MILLISECOND_BITS = 22;

	public IdWindow {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be positive");
		}
	}

	/** The window of a Mastodon page request, as {@link PageRequest} defines it. */
	public static IdWindow of(PageRequest page) {
		return new IdWindow(page.maxId(), page.lowerBound(), page.ascending(), page.limit());
	}

	public IdWindow withLimit(int limit) {
		return new IdWindow(this.maxId, this.lowerBound, this.ascending, limit);
	}

	public boolean contains(long id) {
		return (this.maxId == null || id < this.maxId) && (this.lowerBound == null || id > this.lowerBound);
	}

	/** Whether this is a timeline's first page: the newest ids, without any bound. */
	public boolean isNewest() {
		return this.maxId == null && this.lowerBound == null && !this.ascending;
	}

	/** Whether no status id (they are positive) can lie in this window. */
	public boolean isEmpty() {
		if (this.maxId == null) {
			return false;
		}
		return this.maxId <= 1 || (this.lowerBound != null && this.lowerBound >= this.maxId - 1);
	}

	/**
	 * The score of a status id in a timeline: its millisecond part. A 41-bit integer, so
	 * a double holds it exactly and Redis stores it as an integer, and scores keep the
	 * order of the ids (ties aside).
	 */
	public static long score(long id) {
		return id >>> SUB_MILLISECOND_BITS;
	}

	/** The lowest id a score can stand for. */
	public static long lowestIdOf(long score) {
		return score << SUB_MILLISECOND_BITS;
	}

	/** The inclusive upper score bound for Redis. */
	public String maxScore() {
		return (this.maxId != null) ? Long.toString(score(this.maxId)) : "+inf";
	}

	/** The inclusive lower score bound for Redis. */
	public String minScore() {
		return (this.lowerBound != null && this.lowerBound > 0) ? Long.toString(score(this.lowerBound)) : "-inf";
	}

	/** The upper bound to hand the posts service: zero for none. */
	public long maxIdOrZero() {
		return (this.maxId != null) ? this.maxId : 0;
	}

	/** The lower bound to hand the posts service: zero for none. */
	public long lowerBoundOrZero() {
		return (this.lowerBound != null && this.lowerBound > 0) ? this.lowerBound : 0;
	}

	/**
	 * Reads this window from a sorted set scored by {@link #score(long)}.
	 * @param batches reads {@code count} ids from {@code offset} of the range between
	 * {@link #minScore()} and {@link #maxScore()}, in score order of the scan (highest
	 * first unless {@link #ascending()})
	 * @return up to {@link #limit()} ids, newest first
	 */
	public List<Long> read(BatchReader batches) {
		if (isEmpty()) {
			return List.of();
		}
		int batchSize = this.limit + OVERFETCH;
		List<Long> found = new ArrayList<>();
		int offset = 0;
		while (true) {
			List<Long> batch = batches.read(offset, batchSize);
			for (long id : batch) {
				if (contains(id)) {
					found.add(id);
				}
			}
			offset += batch.size();
			if (batch.size() < batchSize || settled(found, batch.get(batch.size() - 1))) {
				return select(found);
			}
		}
	}

	/**
	 * Of the given ids, the ones in this window nearest the start of the scan, at most
	 * {@link #limit()} of them, newest first.
	 */
	public List<Long> select(Collection<Long> ids) {
		long[] sorted = new long[ids.size()];
		int count = 0;
		for (long id : ids) {
			if (contains(id)) {
				sorted[count++] = id;
			}
		}
		Arrays.sort(sorted, 0, count);
		// Distinct ids from the start of the scan: the lowest when ascending, else the
		// highest.
		Long[] page = new Long[Math.min(count, this.limit)];
		int taken = 0;
		for (int i = 0; i < count && taken < page.length; i++) {
			int at = this.ascending ? i : count - 1 - i;
			if (taken == 0 || sorted[at] != page[taken - 1]) {
				page[taken++] = sorted[at];
			}
		}
		List<Long> selected = Arrays.asList(page).subList(0, taken);
		return List.copyOf(this.ascending ? selected.reversed() : selected);
	}

	/**
	 * Whether the ids not read yet all lie beyond the page: once the scan has passed the
	 * score of the limit-th id found, every later id differs from it in score, and scores
	 * keep the order of the ids.
	 */
	private boolean settled(List<Long> found, long lastRead) {
		if (found.size() < this.limit) {
			return false;
		}
		long boundary = score(found.stream().sorted(scanOrder()).skip(this.limit - 1).findFirst().orElseThrow());
		long last = score(lastRead);
		return this.ascending ? last > boundary : last < boundary;
	}

	private Comparator<Long> scanOrder() {
		return this.ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
	}

	/** Reads one batch of a sorted set range. */
	@FunctionalInterface
	public interface BatchReader {

		List<Long> read(int offset, int count);

	}

}
