package social.murmur.feed.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import social.murmur.contracts.favourites.FavouritesCacheLayout;
import social.murmur.feed.source.Likes;

/**
 * The likes of a page as interactions caches them in Redis
 * ({@link FavouritesCacheLayout}): one {@code MGET} of the statuses' counts and, for a
 * viewer, one {@code SMISMEMBER} on the viewer's liked set. Two commands rather than one
 * per status: a command costs the client far more than the key it reads.
 * <p>
 * They are sent on the shared connection without waiting ({@link #request}), so the
 * status cache's multi-get that follows them on the same connection travels in the same
 * round trip, and their answers are there when the page has been hydrated. Only a
 * complete answer counts: one count missing or unreadable, or the viewer's set not
 * cached, and the page is a miss, for {@code Favourites} to ask interactions, whose
 * answer fills the cache for the next read. This class never writes those keys; they are
 * interactions' alone.
 */
@Component
public class CachedFavourites {

	private static final Logger logger = LoggerFactory.getLogger(CachedFavourites.class);

	private static final Pending MISS = new Pending(null, null, 0, List.of(), Duration.ZERO);

	private final StringRedisTemplate redis;

	public CachedFavourites(StringRedisTemplate redis) {
		this.redis = redis;
	}

	/**
	 * Sends the lookups of the page's likes and returns at once.
	 * @param viewerId the viewer, or 0 for nobody
	 * @param statusIds the page's status ids
	 */
	public Pending request(long viewerId, List<Long> statusIds) {
		if (statusIds.isEmpty()) {
			return MISS;
		}
		byte[][] countKeys = new byte[statusIds.size()][];
		for (int i = 0; i < statusIds.size(); i++) {
			countKeys[i] = bytes(FavouritesCacheLayout.countKey(statusIds.get(i)));
		}
		byte[][] members = new byte[statusIds.size() + 1][];
		members[0] = bytes(FavouritesCacheLayout.SENTINEL);
		for (int i = 0; i < statusIds.size(); i++) {
			members[i + 1] = bytes(Long.toString(statusIds.get(i)));
		}
		try {
			Pending pending = this.redis.execute((RedisCallback<Pending>) (connection) -> {
				Commands commands = Commands.of(connection.getNativeConnection());
				RedisFuture<List<KeyValue<byte[], byte[]>>> counts = commands.async().mget(countKeys);
				RedisFuture<List<Boolean>> favourited = (viewerId > 0)
						? commands.async().smismember(bytes(FavouritesCacheLayout.favouritedKey(viewerId)), members)
						: null;
				return new Pending(counts, favourited, viewerId, statusIds, commands.timeout());
			});
			return (pending != null) ? pending : MISS;
		}
		catch (RuntimeException ex) {
			// Spring's DataAccessException, or Lettuce's own exception from the native
			// connection (a command rejected while disconnected): either way a miss.
			logger.debug("Could not ask Redis for the likes of a page; asking interactions", ex);
			return MISS;
		}
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The lookups of one page's likes, sent.
	 */
	public static final class Pending {

		private final @Nullable RedisFuture<List<KeyValue<byte[], byte[]>>> counts;

		private final @Nullable RedisFuture<List<Boolean>> favourited;

		private final long viewerId;

		private final List<Long> statusIds;

		private final Duration timeout;

		private Pending(@Nullable RedisFuture<List<KeyValue<byte[], byte[]>>> counts,
				@Nullable RedisFuture<List<Boolean>> favourited, long viewerId, List<Long> statusIds,
				Duration timeout) {
			this.counts = counts;
			this.favourited = favourited;
			this.viewerId = viewerId;
			this.statusIds = statusIds;
			this.timeout = timeout;
		}

		/**
		 * The likes, or empty when the cache does not hold all of them, or Redis did not
		 * answer within its command timeout.
		 */
		public Optional<Likes> await() {
			if (this.counts == null) {
				return Optional.empty();
			}
			long deadline = System.nanoTime() + this.timeout.toNanos();
			List<KeyValue<byte[], byte[]>> countValues = answer(this.counts, deadline);
			if (countValues == null || countValues.size() != this.statusIds.size()) {
				return Optional.empty();
			}
			Map<Long, Long> counts = new HashMap<>(this.statusIds.size() * 2);
			for (int i = 0; i < this.statusIds.size(); i++) {
				KeyValue<byte[], byte[]> value = countValues.get(i);
				long count = FavouritesCacheLayout
					.count(value.hasValue() ? new String(value.getValue(), StandardCharsets.UTF_8) : null);
				if (count < 0) {
					return Optional.empty();
				}
				if (count > 0) {
					counts.put(this.statusIds.get(i), count);
				}
			}
			if (this.favourited == null) {
				return Optional.of(new Likes(counts, Set.of()));
			}
			List<Boolean> isMember = answer(this.favourited, deadline);
			if (isMember == null || isMember.size() != this.statusIds.size() + 1
					|| !Boolean.TRUE.equals(isMember.getFirst())) {
				return Optional.empty();
			}
			Set<Long> favourited = new HashSet<>();
			for (int i = 0; i < this.statusIds.size(); i++) {
				if (Boolean.TRUE.equals(isMember.get(i + 1))) {
					favourited.add(this.statusIds.get(i));
				}
			}
			return Optional.of(new Likes(counts, favourited));
		}

		private <T> @Nullable T answer(RedisFuture<T> future, long deadline) {
			try {
				return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (ExecutionException | TimeoutException ex) {
				logger.debug("Redis did not answer a likes lookup of viewer {}; asking interactions", this.viewerId,
						ex);
				future.cancel(false);
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
		}

	}

	/** The shared connection's asynchronous commands, and its command timeout. */
	private record Commands(RedisClusterAsyncCommands<byte[], byte[]> async, Duration timeout) {

		@SuppressWarnings("unchecked")
		static Commands of(@Nullable Object nativeConnection) {
			if (nativeConnection instanceof RedisAsyncCommands<?, ?> standalone) {
				return new Commands((RedisAsyncCommands<byte[], byte[]>) standalone,
						standalone.getStatefulConnection().getTimeout());
			}
			if (nativeConnection instanceof RedisAdvancedClusterAsyncCommands<?, ?> cluster) {
				return new Commands((RedisAdvancedClusterAsyncCommands<byte[], byte[]>) cluster,
						cluster.getStatefulConnection().getTimeout());
			}
			throw new IllegalStateException("Not a Lettuce connection: " + nativeConnection);
		}

	}

}
