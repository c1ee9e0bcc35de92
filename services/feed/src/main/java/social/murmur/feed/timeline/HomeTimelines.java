package social.murmur.feed.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.redis.Pipeline;

/**
 * Home timelines in Redis: per account a sorted set of status ids, capped at
 * {@link FeedProperties#timelineSize()}, a marker that says it exists, and the cached
 * list of celebrities it follows. Member is the id in decimal, score its millisecond part
 * ({@link IdWindow#score(long)}): both are integers Redis stores in 8 bytes inside the
 * compact encoding, where the id as a double score would be a 17-character string.
 * <p>
 * A timeline lives {@link FeedProperties#activeDays()} after it was last read: then it
 * expires, fan-out skips it, and the next read rebuilds it. Every method throws Spring's
 * {@code DataAccessException} when Redis cannot be reached. Writes are idempotent, so a
 * redelivered event changes nothing.
 */
@Repository
public class HomeTimelines {

	/**
	 * How long a build may take before the "being built" marker lapses, so a build that
	 * died does not leave a timeline that fan-out writes into but nobody finishes.
	 */
	static final Duration BUILD_TIMEOUT = Duration.ofMinutes(1);

	private static final PipelinedScript ADD_IF_PRESENT = PipelinedScript.of(TimelineScripts.ADD_IF_PRESENT_TEXT,
			TimelineScripts.ADD_IF_PRESENT, 2);

	private static final PipelinedScript ADD_CELEBRITY = PipelinedScript.of(TimelineScripts.ADD_CELEBRITY_TEXT,
			TimelineScripts.ADD_CELEBRITY, 1);

	private final StringRedisTemplate redis;

	private final int capacity;

	private final String ttl;

	private final String refreshBelow;

	private final Duration celebritiesTtl;

	public HomeTimelines(StringRedisTemplate redis, FeedProperties properties) {
		this.redis = redis;
		this.capacity = properties.timelineSize();
		long ttlMillis = properties.activeTtl().toMillis();
		this.ttl = Long.toString(ttlMillis);
		// Renewing at most about once a day (or once per tenth of the lifetime if
		// shorter) keeps reads from writing to Redis on every call.
		this.refreshBelow = Long.toString(ttlMillis - Math.min(Duration.ofDays(1).toMillis(), ttlMillis / 10));
		this.celebritiesTtl = properties.celebrityCacheTtl();
	}

	/** How many statuses a timeline keeps. */
	public int capacity() {
		return this.capacity;
	}

	/**
	 * A page of ids of a built timeline, newest first, with the celebrities the account
	 * follows if they are cached; empty when the timeline has not been built (or has
	 * expired). Reading renews the timeline's lease on life.
	 */
	public Optional<StoredPage> read(long accountId, IdWindow window) {
		List<String> keys = List.of(TimelineKeys.timeline(accountId), TimelineKeys.marker(accountId),
				TimelineKeys.celebrities(accountId));
		boolean[] built = { true };
		AtomicReference<@Nullable List<Long>> celebrities = new AtomicReference<>();
		List<Long> ids = window.read((offset, count) -> {
			List<String> reply = this.redis.execute(TimelineScripts.READ, keys, window.ascending() ? "asc" : "desc",
					window.maxScore(), window.minScore(), Integer.toString(offset), Integer.toString(count), this.ttl,
					this.refreshBelow);
			if (reply == null || reply.size() < 2 || !TimelineKeys.BUILT.equals(reply.get(0))) {
				built[0] = false;
				return List.of();
			}
			celebrities.set(parseIds(reply.get(1)));
			return reply.subList(2, reply.size()).stream().map(Long::parseLong).toList();
		});
		return built[0] ? Optional.of(new StoredPage(ids, celebrities.get())) : Optional.empty();
	}

	/** Whether the timeline exists (built, or being built), so that writes go into it. */
	public boolean exists(long accountId) {
		return Boolean.TRUE.equals(this.redis.hasKey(TimelineKeys.marker(accountId)));
	}

	/**
	 * Marks a timeline as being built, unless it exists: from now on fan-out writes into
	 * it, so nothing published during the build is missed. What an expired timeline left
	 * behind is dropped first, so a returning account starts afresh.
	 */
	public void markBuilding(long accountId) {
		this.redis.execute(TimelineScripts.BEGIN_BUILD, TimelineKeys.both(accountId),
				Long.toString(BUILD_TIMEOUT.toMillis()));
	}

	/**
	 * Adds the ids of a build to the timeline, keeps the newest {@link #capacity()} and
	 * marks it built, even when there is nothing to add.
	 */
	public void store(long accountId, Collection<Long> statusIds) {
		List<String> arguments = new ArrayList<>(statusIds.size() * 2 + 2);
		arguments.add(Integer.toString(this.capacity));
		arguments.add(this.ttl);
		addEntries(arguments, statusIds);
		this.redis.execute(TimelineScripts.STORE, TimelineKeys.both(accountId), arguments.toArray());
	}

	/**
	 * Adds statuses to a timeline that exists, keeping the newest {@link #capacity()}.
	 * @return whether the timeline exists
	 */
	public boolean addIfPresent(long accountId, Collection<Long> statusIds) {
		if (statusIds.isEmpty()) {
			return exists(accountId);
		}
		List<String> arguments = new ArrayList<>(statusIds.size() * 2 + 1);
		arguments.add(Integer.toString(this.capacity));
		addEntries(arguments, statusIds);
		Long written = this.redis.execute(TimelineScripts.ADD_IF_PRESENT, TimelineKeys.both(accountId),
				arguments.toArray());
		return written != null && written == 1L;
	}

	/**
	 * Adds one status to each of the given timelines that exist, in one pipelined round
	 * trip ({@link #evalForEach}).
	 */
	public void addToEach(Collection<Long> accountIds, long statusId) {
		if (accountIds.isEmpty()) {
			return;
		}
		this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			addToEach(connection, accountIds, statusId);
			return null;
		});
	}

	/**
	 * Adds one status to each of the given timelines that exist, in the caller's
	 * pipeline.
	 */
	public void addToEach(Pipeline pipeline, Collection<Long> accountIds, long statusId) {
		addToEach(pipeline.connection(), accountIds, statusId);
	}

	private void addToEach(RedisConnection connection, Collection<Long> accountIds, long statusId) {
		byte[] capacity = bytes(Integer.toString(this.capacity));
		byte[] score = bytes(Long.toString(IdWindow.score(statusId)));
		byte[] status = bytes(Long.toString(statusId));
		evalForEach(connection, ADD_IF_PRESENT, accountIds,
				(accountId) -> new byte[][] { bytes(TimelineKeys.timeline(accountId)),
						bytes(TimelineKeys.marker(accountId)), capacity, score, status });
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
	 * A lower bound of the status ids in a timeline, if it has any: the lowest id of the
	 * millisecond of its oldest entry, since ids of one millisecond share a score and may
	 * come in any order.
	 */
	public OptionalLong oldest(long accountId) {
		Set<ZSetOperations.TypedTuple<String>> lowest = this.redis.opsForZSet()
			.rangeWithScores(TimelineKeys.timeline(accountId), 0, 0);
		if (lowest == null || lowest.isEmpty()) {
			return OptionalLong.empty();
		}
		Double score = lowest.iterator().next().getScore();
		return (score != null) ? OptionalLong.of(IdWindow.lowestIdOf(score.longValue())) : OptionalLong.empty();
	}

	/** Caches the celebrities an account follows. */
	public void rememberCelebrities(long accountId, Collection<Long> celebrityIds) {
		this.redis.opsForValue()
			.set(TimelineKeys.celebrities(accountId),
					String.join(",", celebrityIds.stream().map(String::valueOf).toList()), this.celebritiesTtl);
	}

	/**
	 * Adds a celebrity to the cached celebrities of each of the given accounts that has
	 * them cached, in one pipelined round trip ({@link #evalForEach}). Accounts without a
	 * cached list get none: theirs is asked for when next read, and holds the celebrity
	 * then.
	 */
	public void addCelebrityToEach(Collection<Long> accountIds, long celebrityId) {
		byte[] celebrity = bytes(Long.toString(celebrityId));
		evalForEach(ADD_CELEBRITY, accountIds,
				(accountId) -> new byte[][] { bytes(TimelineKeys.celebrities(accountId)), celebrity });
	}

	/**
	 * Forgets the cached celebrities of each of the given accounts, in one pipelined
	 * round trip, so they are asked for again on the next read.
	 */
	public void forgetCelebrities(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return;
		}
		this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			for (long accountId : accountIds) {
				connection.keyCommands().del(bytes(TimelineKeys.celebrities(accountId)));
			}
			return null;
		});
	}

	/**
	 * Runs a script once per account, in one pipelined round trip; the script's keys and
	 * arguments for an account come from {@code keysAndArguments}, keys first.
	 * <p>
	 * The script goes by its digest ({@code EVALSHA}), loaded by the first command of the
	 * same pipeline: Redis runs a connection's commands in order, so it is known by the
	 * time the writes arrive, also after a restart or a {@code SCRIPT FLUSH}, and loading
	 * a script Redis has costs it a digest. Sending the script's text with every write
	 * instead ({@code EVAL}) made each write more than twice the bytes and cost Redis a
	 * digest of the text each time. Redis reads each busy connection a buffer (16 KB) per
	 * turn, so the bytes decide how many writes a fan-out gets done per turn while other
	 * clients keep Redis busy: with {@code EVAL} a fan-out to 5,000 followers under a
	 * poller like the benchmark's took 1.6 times as long ({@code FanOutLagIT}).
	 */
	private void evalForEach(PipelinedScript script, Collection<Long> accountIds,
			LongFunction<byte[][]> keysAndArguments) {
		if (accountIds.isEmpty()) {
			return;
		}
		this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			evalForEach(connection, script, accountIds, keysAndArguments);
			return null;
		});
	}

	private static void evalForEach(RedisConnection connection, PipelinedScript script, Collection<Long> accountIds,
			LongFunction<byte[][]> keysAndArguments) {
		if (accountIds.isEmpty()) {
			return;
		}
		connection.scriptingCommands().scriptLoad(script.text());
		for (long accountId : accountIds) {
			connection.scriptingCommands()
				.evalSha(script.sha(), ReturnType.INTEGER, script.keyCount(), keysAndArguments.apply(accountId));
		}
	}

	private static @Nullable List<Long> parseIds(String value) {
		if ("-".equals(value)) {
			return null;
		}
		if (value.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(Long::parseLong).toList();
	}

	static void addEntries(List<String> arguments, Collection<Long> statusIds) {
		for (long id : statusIds) {
			arguments.add(Long.toString(IdWindow.score(id)));
			arguments.add(Long.toString(id));
		}
	}

	static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A script run by digest in pipelines ({@link #evalForEach}), as Redis wants it.
	 *
	 * @param text the script
	 * @param sha its SHA-1 digest, in hex
	 * @param keyCount how many of its arguments are keys
	 */
	private record PipelinedScript(byte[] text, byte[] sha, int keyCount) {

		static PipelinedScript of(String text, RedisScript<?> script, int keyCount) {
			return new PipelinedScript(bytes(text), bytes(script.getSha1()), keyCount);
		}

	}

	/**
	 * What a read of a built timeline found.
	 *
	 * @param ids the page's ids, newest first
	 * @param celebrities the celebrities the account follows, or null when not cached
	 */
	public record StoredPage(List<Long> ids, @Nullable List<Long> celebrities) {
	}

}
