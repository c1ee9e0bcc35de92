package social.murmur.feed.timeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.redis.Pipeline;

/**
 * The latest statuses of each celebrity (an author with more followers than
 * {@link FeedProperties#celebrityThreshold()}), which are not fanned out but merged into
 * the home timelines of their followers when read. One sorted set per author, encoded and
 * capped like a home timeline, expiring {@link FeedProperties#activeDays()} after the
 * author's latest status.
 * <p>
 * Most home reads ask for the first page, and most readers follow the same few
 * celebrities, so each instance keeps the newest ids of each celebrity in memory for
 * {@link FeedProperties#celebrityNewestTtl()} and answers first pages from there, without
 * a Redis round trip. A status this instance adds or removes replaces what it kept at
 * once; other instances see it when theirs expires (docs/adr/0010).
 */
@Repository
public class CelebrityStatuses {

	/** KEYS: the author's statuses. ARGV: capacity, time to live (ms), score, id. */
	private static final RedisScript<Long> ADD = new DefaultRedisScript<>("""
			redis.call('zadd', KEYS[1], ARGV[3], ARGV[4])
			redis.call('zremrangebyrank', KEYS[1], 0, -tonumber(ARGV[1]) - 1)
			redis.call('pexpire', KEYS[1], ARGV[2])
			return 1
			""", Long.class);

	/**
	 * KEYS: the author's statuses. ARGV: {@code asc} or {@code desc}, max score, min
	 * score, offset, count.
	 */
	private static final byte[] RANGE = """
			if ARGV[1] == 'asc' then
			  return redis.call('zrangebyscore', KEYS[1], ARGV[3], ARGV[2], 'LIMIT', ARGV[4], ARGV[5])
			end
			return redis.call('zrevrangebyscore', KEYS[1], ARGV[2], ARGV[3], 'LIMIT', ARGV[4], ARGV[5])
			""".getBytes(StandardCharsets.UTF_8);

	/**
	 * How many of a celebrity's newest ids are kept in memory: enough for the largest
	 * first page a home read asks for (40 statuses and a few more).
	 */
	static final int NEWEST_KEPT = 48;

	/**
	 * At most this many celebrities' newest ids are kept, about a kilobyte each; there
	 * are far fewer celebrities than that.
	 */
	static final int CELEBRITIES_KEPT = 10_000;

	private final StringRedisTemplate redis;

	private final @Nullable Cache<Long, List<Long>> newest;

	private final String capacity;

	private final String ttl;

	private final java.time.Duration announcedTtl;

	public CelebrityStatuses(StringRedisTemplate redis, FeedProperties properties) {
		this.redis = redis;
		this.capacity = Integer.toString(properties.timelineSize());
		this.ttl = Long.toString(properties.activeTtl().toMillis());
		this.announcedTtl = properties.activeTtl();
		this.newest = properties.celebrityNewestTtl().isPositive() ? Caffeine.newBuilder()
			.expireAfterWrite(properties.celebrityNewestTtl())
			.maximumSize(CELEBRITIES_KEPT)
			// Upkeep on the calling thread, not a pool thread woken per write (ADR 0012).
			.executor(Runnable::run)
			.build() : null;
	}

	/** Adds a status of a celebrity. */
	public void add(long authorId, long statusId) {
		this.redis.execute(ADD, List.of(TimelineKeys.celebrityStatuses(authorId)), this.capacity, this.ttl,
				Long.toString(IdWindow.score(statusId)), Long.toString(statusId));
		forgetNewest(authorId);
	}

	public void remove(long authorId, long statusId) {
		this.redis.opsForZSet().remove(TimelineKeys.celebrityStatuses(authorId), Long.toString(statusId));
		forgetNewest(authorId);
	}

	private void forgetNewest(long authorId) {
		if (this.newest != null) {
			this.newest.invalidate(authorId);
		}
	}

	/**
	 * Whether the author's followers have been told it is a celebrity, that is, it was
	 * added to their cached lists of followed celebrities since it became one.
	 */
	public boolean announced(long authorId) {
		return Boolean.TRUE.equals(this.redis.hasKey(TimelineKeys.celebrityAnnounced(authorId)));
	}

	/** Records that the author's followers have been told it is a celebrity. */
	public void markAnnounced(long authorId) {
		this.redis.opsForValue().set(TimelineKeys.celebrityAnnounced(authorId), "1", this.announcedTtl);
	}

	/**
	 * Forgets that the author was a celebrity, so that becoming one again is announced
	 * again; in the caller's pipeline.
	 */
	public void forgetAnnounced(Pipeline pipeline, long authorId) {
		pipeline.connection()
			.keyCommands()
			.del(TimelineKeys.celebrityAnnounced(authorId).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The ids in the window of each author's statuses, read in one pipelined round trip
	 * (and more only when many ids share the millisecond at the edge of the page).
	 * @return per author, up to {@link IdWindow#limit()} ids, newest first
	 */
	public Map<Long, List<Long>> read(List<Long> authorIds, IdWindow window) {
		Map<Long, List<Long>> found = new LinkedHashMap<>();
		if (authorIds.isEmpty() || window.isEmpty()) {
			return found;
		}
		if (this.newest != null && window.isNewest() && window.limit() <= NEWEST_KEPT) {
			Map<Long, List<Long>> kept = this.newest.getAll(authorIds, this::readNewest);
			for (long authorId : authorIds) {
				List<Long> ids = kept.getOrDefault(authorId, List.of());
				found.put(authorId, ids.subList(0, Math.min(window.limit(), ids.size())));
			}
			return found;
		}
		int firstBatch = window.limit() + IdWindow.OVERFETCH;
		List<Object> firstBatches = this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			for (long authorId : authorIds) {
				range(connection.scriptingCommands(), authorId, window, 0, firstBatch);
			}
			return null;
		});
		for (int i = 0; i < authorIds.size(); i++) {
			long authorId = authorIds.get(i);
			List<Long> first = ids(firstBatches.get(i));
			found.put(authorId,
					window.read((offset, count) -> (offset == 0) ? first.subList(0, Math.min(count, first.size()))
							: ids(this.redis
								.execute((RedisCallback<Object>) (connection) -> range(connection.scriptingCommands(),
										authorId, window, offset, count)))));
		}
		return found;
	}

	/**
	 * The {@link #NEWEST_KEPT} newest ids of each author, newest first, in one pipelined
	 * round trip. Ids that share a score (a millisecond) are decimal strings of equal
	 * length, so Redis orders them numerically, and the ids read are exactly the highest.
	 */
	private Map<Long, List<Long>> readNewest(Set<? extends Long> authorIds) {
		List<Long> authors = List.copyOf(authorIds);
		List<Object> replies = this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			for (long authorId : authors) {
				connection.zSetCommands()
					.zRevRange(HomeTimelines.bytes(TimelineKeys.celebrityStatuses(authorId)), 0, NEWEST_KEPT - 1);
			}
			return null;
		});
		Map<Long, List<Long>> newest = new HashMap<>();
		for (int i = 0; i < authors.size(); i++) {
			newest.put(authors.get(i), List.copyOf(ids(replies.get(i))));
		}
		return newest;
	}

	private static Object range(org.springframework.data.redis.connection.RedisScriptingCommands scripting,
			long authorId, IdWindow window, int offset, int count) {
		return scripting.eval(RANGE, ReturnType.MULTI, 1, HomeTimelines.bytes(TimelineKeys.celebrityStatuses(authorId)),
				HomeTimelines.bytes(window.ascending() ? "asc" : "desc"), HomeTimelines.bytes(window.maxScore()),
				HomeTimelines.bytes(window.minScore()), HomeTimelines.bytes(Integer.toString(offset)),
				HomeTimelines.bytes(Integer.toString(count)));
	}

	private static List<Long> ids(Object reply) {
		if (!(reply instanceof Collection<?> values)) {
			return List.of();
		}
		List<Long> ids = new ArrayList<>(values.size());
		for (Object value : values) {
			ids.add(Long.parseLong(
					(value instanceof byte[] raw) ? new String(raw, StandardCharsets.UTF_8) : String.valueOf(value)));
		}
		return ids;
	}

}
