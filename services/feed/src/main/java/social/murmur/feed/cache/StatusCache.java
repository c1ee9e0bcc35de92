package social.murmur.feed.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.protobuf.InvalidProtocolBufferException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisStringCommands;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.types.Expiration;
import org.springframework.stereotype.Repository;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.users.v1.Account;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.redis.Pipeline;
import social.murmur.feed.source.Statuses;

/**
 * Statuses and their authors, cached in Redis as protobuf bytes, so that a warm timeline
 * read is hydrated by one multi-get instead of a call to posts. A status is stored
 * without its author ({@code feed:status:{id}}: only the author's id is kept) and the
 * author once ({@code feed:account:{id}}), so a profile change evicts one key. Fan-out
 * fills the cache with one {@code GetStatuses} per published status; reads fill what is
 * missing from one {@code GetStatuses} per page. Counts are as old as the time to live at
 * most, except replies: a reply evicts its parent.
 * <p>
 * Authors are also kept in each instance's memory for
 * {@link FeedProperties#authorMemoryTtl()}, because the same authors fill most pages and
 * reading them from Redis takes a second round trip after the statuses'. A profile change
 * this instance learns of replaces what it kept at once; other instances show it when
 * theirs expires (docs/adr/0010).
 * <p>
 * The cache never fails a read: when Redis cannot be reached, everything is a miss.
 */
@Repository
public class StatusCache {

	private static final Logger logger = LoggerFactory.getLogger(StatusCache.class);

	/** At most this many authors are kept in memory, a few kilobytes each. */
	static final int AUTHORS_KEPT = 10_000;

	private final StringRedisTemplate redis;

	private final Statuses statuses;

	private final Expiration statusTtl;

	private final Expiration accountTtl;

	/** Authors as read from Redis, for a few seconds; null when none are kept. */
	private final @Nullable Cache<Long, StoredAccount> authors;

	public StatusCache(StringRedisTemplate redis, Statuses statuses, FeedProperties properties) {
		this.redis = redis;
		this.statuses = statuses;
		this.statusTtl = expiration(properties.statusCacheTtl());
		this.accountTtl = expiration(properties.accountCacheTtl());
		this.authors = properties.authorMemoryTtl().isPositive() ? Caffeine.newBuilder()
			.expireAfterWrite(properties.authorMemoryTtl())
			.maximumSize(AUTHORS_KEPT)
			// Upkeep on the calling thread, not a pool thread woken per write (ADR 0012).
			.executor(Runnable::run)
			.build() : null;
	}

	static String statusKey(long statusId) {
		return "feed:status:{" + statusId + "}";
	}

	static String accountKey(long accountId) {
		return "feed:account:{" + accountId + "}";
	}

	/**
	 * The statuses with the given ids that exist, with their authors: from the cache, and
	 * those missing from it from posts in one call (then cached).
	 */
	public Map<Long, CachedStatus> statuses(List<Long> ids) {
		Map<Long, CachedStatus> found = new HashMap<>(cached(ids));
		List<Long> missing = ids.stream().filter((id) -> !found.containsKey(id)).distinct().toList();
		if (!missing.isEmpty()) {
			List<Status> fetched = this.statuses.byIds(missing);
			fetched.forEach((status) -> found.put(status.getId(), CachedStatus.of(status)));
			putQuietly(fetched);
		}
		return found;
	}

	/** Caches the statuses with their authors. */
	public void put(Collection<Status> statuses) {
		if (statuses.isEmpty()) {
			return;
		}
		this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			statuses.forEach((status) -> put(connection, status));
			return null;
		});
	}

	/** Caches the status with its author, in the caller's pipeline. */
	public void put(Pipeline pipeline, Status status) {
		put(pipeline.connection(), status);
	}

	private void put(RedisConnection connection, Status status) {
		forgetAuthor(status.getAccount().getId());
		set(connection, statusKey(status.getId()), CachedStatus.bare(status).toByteArray(), this.statusTtl);
		set(connection, accountKey(status.getAccount().getId()), status.getAccount().toByteArray(), this.accountTtl);
	}

	/**
	 * A status as cached, its account reduced to the id, if it is cached: what is known
	 * of a status posts has deleted (the status it replies to, the accounts it mentions).
	 */
	public Optional<Status> cachedWithoutAuthor(long statusId) {
		return Optional.ofNullable(parse(multiGet(List.of(statusKey(statusId))).getFirst(), Status::parseFrom));
	}

	public void evictStatuses(Collection<Long> statusIds) {
		if (!statusIds.isEmpty()) {
			this.redis.delete(statusIds.stream().map(StatusCache::statusKey).toList());
		}
	}

	/** Evicts a status, in the caller's pipeline. */
	public void evictStatus(Pipeline pipeline, long statusId) {
		pipeline.connection().keyCommands().del(statusKey(statusId).getBytes(StandardCharsets.UTF_8));
	}

	public void evictAccount(long accountId) {
		forgetAuthor(accountId);
		this.redis.delete(accountKey(accountId));
	}

	private void forgetAuthor(long accountId) {
		if (this.authors != null) {
			this.authors.invalidate(accountId);
		}
	}

	/**
	 * The cached statuses among the ids whose author is cached too, or none when Redis
	 * cannot be reached.
	 */
	private Map<Long, CachedStatus> cached(List<Long> ids) {
		try {
			Map<Long, StoredStatus> bare = bareStatuses(ids);
			List<Long> authorIds = bare.values().stream().map(StoredStatus::authorId).distinct().toList();
			Map<Long, StoredAccount> authors = authors(authorIds);
			Map<Long, CachedStatus> complete = new HashMap<>();
			bare.forEach((id, status) -> {
				StoredAccount author = authors.get(status.authorId());
				if (author != null) {
					complete.put(id, CachedStatus.stored(id, status.bytes(), author.account(), author.bytes()));
				}
			});
			return complete;
		}
		catch (DataAccessException ex) {
			logger.debug("Status cache unavailable; hydrating from posts", ex);
			return Map.of();
		}
	}

	/**
	 * The cached accounts among the given ones: those kept in memory, the others from
	 * Redis in one multi-get (then kept).
	 */
	private Map<Long, StoredAccount> authors(List<Long> authorIds) {
		Map<Long, StoredAccount> found = new HashMap<>();
		List<Long> unknown = new ArrayList<>();
		for (long authorId : authorIds) {
			StoredAccount kept = (this.authors != null) ? this.authors.getIfPresent(authorId) : null;
			if (kept != null) {
				found.put(authorId, kept);
			}
			else {
				unknown.add(authorId);
			}
		}
		List<byte @Nullable []> values = multiGet(unknown.stream().map(StatusCache::accountKey).toList());
		for (int i = 0; i < unknown.size(); i++) {
			byte[] value = values.get(i);
			Account account = parse(value, Account::parseFrom);
			if (account != null) {
				StoredAccount author = new StoredAccount(account, value);
				found.put(unknown.get(i), author);
				if (this.authors != null) {
					this.authors.put(unknown.get(i), author);
				}
			}
		}
		return found;
	}

	/**
	 * The cached statuses among the ids, still encoded, with their authors' ids: bytes
	 * that are not a status with an author are a miss.
	 */
	private Map<Long, StoredStatus> bareStatuses(List<Long> ids) {
		Map<Long, StoredStatus> found = new HashMap<>();
		List<byte @Nullable []> values = multiGet(ids.stream().map(StatusCache::statusKey).toList());
		for (int i = 0; i < ids.size(); i++) {
			byte[] value = values.get(i);
			if (value != null) {
				OptionalLong authorId = StatusBytes.authorId(value);
				if (authorId.isPresent()) {
					found.put(ids.get(i), new StoredStatus(value, authorId.getAsLong()));
				}
			}
		}
		return found;
	}

	private List<byte @Nullable []> multiGet(List<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		byte[][] raw = keys.stream().map((key) -> key.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
		List<byte[]> values = this.redis
			.execute((RedisCallback<List<byte[]>>) (connection) -> connection.stringCommands().mGet(raw));
		return (values != null) ? new ArrayList<>(values)
				: new ArrayList<>(java.util.Collections.nCopies(keys.size(), null));
	}

	private void putQuietly(List<Status> fetched) {
		try {
			put(fetched);
		}
		catch (DataAccessException ex) {
			logger.debug("Could not cache statuses", ex);
		}
	}

	private static void set(RedisConnection connection, String key, byte[] value, Expiration ttl) {
		connection.stringCommands()
			.set(key.getBytes(StandardCharsets.UTF_8), value, ttl, RedisStringCommands.SetOption.upsert());
	}

	private static <T> @Nullable T parse(byte @Nullable [] value, Parser<T> parser) {
		if (value == null) {
			return null;
		}
		try {
			return parser.parse(value);
		}
		catch (InvalidProtocolBufferException ex) {
			// An entry written by an incompatible version: a miss, overwritten when
			// fetched again.
			return null;
		}
	}

	private static Expiration expiration(Duration ttl) {
		return Expiration.milliseconds(ttl.toMillis());
	}

	/** A status as stored (its account reduced to the id), and its author's id. */
	private record StoredStatus(byte[] bytes, long authorId) {
	}

	/** An author as stored, and its stored bytes. */
	private record StoredAccount(Account account, byte[] bytes) {
	}

	@FunctionalInterface
	private interface Parser<T> {

		T parse(byte[] value) throws InvalidProtocolBufferException;

	}

}
