package social.murmur.interactions.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import social.murmur.contracts.favourites.FavouritesCacheLayout;
import social.murmur.interactions.InteractionsProperties;

/**
 * Each status's favourites count in Redis, as {@code <revision>:<count>} under its own
 * key (its own cluster slot), with a time to live.
 * <p>
 * The revision is the database's: it grows by one with every change of the count, in the
 * same statement. Every write, whether the update after a like or a fill after a miss,
 * goes through one script that writes only a revision newer than the cached one. So a
 * fill that read the database before a like, and reaches Redis after it, cannot put the
 * older count back, and writes after concurrent likes may arrive in any order: the cached
 * count never goes backwards. A status nobody liked is cached as count 0 at revision 0,
 * so that it is not looked up again.
 * <p>
 * Redis failures never reach the caller: a write is dropped (logged); the count it missed
 * is corrected by the next change of that status or when its time to live ends.
 */
@Component
public class FavouriteCountsCache {

	private static final Logger logger = LoggerFactory.getLogger(FavouriteCountsCache.class);

	/** KEYS[1] the count's key; ARGV revision, count, time to live in milliseconds. */
	static final RedisBatch.Script WRITE_IF_NEWER = RedisBatch.Script.of("""
			local cached = redis.call('get', KEYS[1])
			if cached then
			  local revision = tonumber(string.match(cached, '^(%d+):'))
			  if revision and revision >= tonumber(ARGV[1]) then
			    return 0
			  end
			end
			redis.call('set', KEYS[1], ARGV[1] .. ':' .. ARGV[2], 'px', ARGV[3])
			return 1
			""");

	private final StringRedisTemplate redis;

	private final Duration ttl;

	public FavouriteCountsCache(StringRedisTemplate redis, InteractionsProperties properties) {
		this.redis = redis;
		this.ttl = properties.favouritesCountCacheTtl();
	}

	/** A count and the revision of the database row it was read from. */
	public record RevisedCount(long count, long revision) {

		static @Nullable RevisedCount parse(@Nullable String cached) {
			long count = FavouritesCacheLayout.count(cached);
			if (count < 0) {
				// None, or not written by this class: a miss, overwritten by the fill.
				return null;
			}
			return new RevisedCount(count, FavouritesCacheLayout.revision(cached));
		}

	}

	/**
	 * Queues one {@code GET} per status.
	 * @return the cached counts, by status id, to ask once the batch was executed;
	 * statuses missing from it are not cached
	 */
	Supplier<Map<Long, RevisedCount>> lookup(RedisBatch batch, Collection<Long> statusIds) {
		Map<Long, CompletableFuture<@Nullable String>> cached = new HashMap<>();
		statusIds.forEach((id) -> cached.put(id, batch.get(key(id))));
		return () -> {
			Map<Long, RevisedCount> counts = new HashMap<>();
			cached.forEach((id, value) -> {
				RevisedCount count = RevisedCount.parse(value.join());
				if (count != null) {
					counts.put(id, count);
				}
			});
			return counts;
		};
	}

	/**
	 * Caches a count changed by a committed like or unlike, unless a newer one is cached.
	 */
	public void changed(long statusId, RevisedCount count) {
		write(Map.of(statusId, count));
	}

	/**
	 * Caches counts read from the database after a miss, each unless a newer one is
	 * cached; in one round trip.
	 */
	public void fill(Map<Long, RevisedCount> counts) {
		write(counts);
	}

	private void write(Map<Long, RevisedCount> counts) {
		if (counts.isEmpty()) {
			return;
		}
		String ttlMillis = Long.toString(this.ttl.toMillis());
		RedisBatch batch = new RedisBatch();
		counts.forEach((id, count) -> batch.run(WRITE_IF_NEWER, key(id),
				List.of(Long.toString(count.revision()), Long.toString(count.count()), ttlMillis)));
		try {
			batch.execute(this.redis);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not cache the favourites counts of {} statuses: {}", counts.size(), ex.getMessage());
		}
	}

	/**
	 * The key of a status's count, part of the {@link FavouritesCacheLayout} contract.
	 */
	public static String key(long statusId) {
		return FavouritesCacheLayout.countKey(statusId);
	}

}
