package social.murmur.feed.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;
import social.murmur.feed.FeedProperties;

/**
 * Home timelines in Redis: per account a sorted set of status ids (member the decimal id,
 * score the id as a double), capped at {@link FeedProperties#timelineSize()}, and a
 * marker that says it exists. Every method throws Spring's {@code DataAccessException}
 * when Redis cannot be reached. Writes are idempotent, so a redelivered event changes
 * nothing.
 */
@Repository
public class HomeTimelines {

	/**
	 * How long a build may take before the "being built" marker lapses, so a build that
	 * died does not leave a timeline that fan-out writes into but nobody finishes.
	 */
	static final Duration BUILD_TIMEOUT = Duration.ofMinutes(1);

	private static final byte[] ADD_IF_PRESENT_SCRIPT = TimelineScripts.ADD_IF_PRESENT_TEXT
		.getBytes(StandardCharsets.UTF_8);

	private final StringRedisTemplate redis;

	private final int capacity;

	public HomeTimelines(StringRedisTemplate redis, FeedProperties properties) {
		this.redis = redis;
		this.capacity = properties.timelineSize();
	}

	/** How many statuses a timeline keeps. */
	public int capacity() {
		return this.capacity;
	}

	/**
	 * A page of ids of a built timeline, newest first; empty when the timeline has not
	 * been built.
	 */
	public Optional<List<Long>> read(long accountId, IdWindow window) {
		boolean[] built = { true };
		List<Long> ids = window.read((offset, count) -> {
			List<String> reply = this.redis.execute(TimelineScripts.READ, TimelineKeys.both(accountId),
					window.ascending() ? "asc" : "desc", window.maxScore(), window.minScore(), Integer.toString(offset),
					Integer.toString(count));
			if (reply == null || reply.isEmpty() || !TimelineKeys.BUILT.equals(reply.get(0))) {
				built[0] = false;
				return List.of();
			}
			return reply.subList(1, reply.size()).stream().map(Long::parseLong).toList();
		});
		return built[0] ? Optional.of(ids) : Optional.empty();
	}

	/** Whether the timeline exists (built, or being built), so that writes go into it. */
	public boolean exists(long accountId) {
		return Boolean.TRUE.equals(this.redis.hasKey(TimelineKeys.marker(accountId)));
	}

	/**
	 * Marks a timeline as being built, unless it is marked already: from now on fan-out
	 * writes into it, so nothing published during the build is missed.
	 */
	public void markBuilding(long accountId) {
		this.redis.opsForValue().setIfAbsent(TimelineKeys.marker(accountId), TimelineKeys.BUILDING, BUILD_TIMEOUT);
	}

	/**
	 * Adds the ids of a build to the timeline, keeps the newest {@link #capacity()} and
	 * marks it built, even when there is nothing to add.
	 */
	public void store(long accountId, Collection<Long> statusIds) {
		this.redis.execute(TimelineScripts.STORE, TimelineKeys.both(accountId), arguments(statusIds));
	}

	/**
	 * Adds statuses to a timeline that exists, keeping the newest {@link #capacity()}.
	 * @return whether the timeline exists
	 */
	public boolean addIfPresent(long accountId, Collection<Long> statusIds) {
		if (statusIds.isEmpty()) {
			return exists(accountId);
		}
		Long written = this.redis.execute(TimelineScripts.ADD_IF_PRESENT, TimelineKeys.both(accountId),
				arguments(statusIds));
		return written != null && written == 1L;
	}

	/**
	 * Adds one status to each of the given timelines that exist, in one pipelined round
	 * trip.
	 */
	public void addToEach(Collection<Long> accountIds, long statusId) {
		if (accountIds.isEmpty()) {
			return;
		}
		byte[] capacity = bytes(Integer.toString(this.capacity));
		byte[] status = bytes(Long.toString(statusId));
		this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			for (long accountId : accountIds) {
				connection.scriptingCommands()
					.eval(ADD_IF_PRESENT_SCRIPT, ReturnType.INTEGER, 2, bytes(TimelineKeys.timeline(accountId)),
							bytes(TimelineKeys.marker(accountId)), capacity, status);
			}
			return null;
		});
	}

	/** Removes statuses from a timeline. */
	public void remove(long accountId, Collection<Long> statusIds) {
		if (statusIds.isEmpty()) {
			return;
		}
		this.redis.opsForZSet()
			.remove(TimelineKeys.timeline(accountId), statusIds.stream().map(String::valueOf).toArray());
	}

	/**
	 * Removes one status from each of the given timelines, in one pipelined round trip.
	 */
	public void removeFromEach(Collection<Long> accountIds, long statusId) {
		if (accountIds.isEmpty()) {
			return;
		}
		byte[] status = bytes(Long.toString(statusId));
		this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			for (long accountId : accountIds) {
				connection.zSetCommands().zRem(bytes(TimelineKeys.timeline(accountId)), status);
			}
			return null;
		});
	}

	/**
	 * The oldest status id in a timeline, if it has any. Reads a few of the lowest
	 * scores, since ids that round to the same double may come in any order.
	 */
	public OptionalLong oldest(long accountId) {
		var lowest = this.redis.opsForZSet().range(TimelineKeys.timeline(accountId), 0, IdWindow.OVERFETCH - 1);
		if (lowest == null) {
			return OptionalLong.empty();
		}
		return lowest.stream().mapToLong(Long::parseLong).min();
	}

	private Object[] arguments(Collection<Long> statusIds) {
		List<String> arguments = new ArrayList<>(statusIds.size() + 1);
		arguments.add(Integer.toString(this.capacity));
		statusIds.forEach((id) -> arguments.add(Long.toString(id)));
		return arguments.toArray();
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
