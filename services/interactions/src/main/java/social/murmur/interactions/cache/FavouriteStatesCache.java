package social.murmur.interactions.cache;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import social.murmur.interactions.cache.FavouriteCountsCache.RevisedCount;

/**
 * What Redis knows about a page of statuses, in one round trip: each status's cached
 * count and, for a signed-in viewer, the viewer's favourited flags with the version a
 * fill needs.
 */
@Component
public class FavouriteStatesCache {

	private static final Logger logger = LoggerFactory.getLogger(FavouriteStatesCache.class);

	private final StringRedisTemplate redis;

	private final FavouritedCache favourited;

	private final FavouriteCountsCache counts;

	public FavouriteStatesCache(StringRedisTemplate redis, FavouritedCache favourited, FavouriteCountsCache counts) {
		this.redis = redis;
		this.favourited = favourited;
		this.counts = counts;
	}

	/** The answer of one lookup. */
	public sealed interface Lookup {

		/**
		 * Redis answered.
		 *
		 * @param favourited the viewer's flags (a hit with nothing favourited when there
		 * is no viewer)
		 * @param counts the cached counts by status id; the statuses missing are not
		 * cached
		 */
		record Answered(FavouritedCache.Lookup favourited, Map<Long, RevisedCount> counts) implements Lookup {
		}

		/** Redis did not answer (in time). */
		record Unavailable() implements Lookup {
		}

	}

	/**
	 * @param viewerId the viewer, or 0 for none (then only counts are looked up)
	 * @param statusIds distinct, positive status ids
	 */
	public Lookup lookup(long viewerId, Collection<Long> statusIds) {
		RedisBatch batch = new RedisBatch();
		Supplier<FavouritedCache.Lookup> favourited = (viewerId > 0)
				? this.favourited.lookup(batch, viewerId, statusIds) : () -> new FavouritedCache.Lookup.Hit(Set.of());
		Supplier<Map<Long, RevisedCount>> counts = this.counts.lookup(batch, statusIds);
		try {
			batch.execute(this.redis);
			return new Lookup.Answered(favourited.get(), counts.get());
		}
		catch (RuntimeException ex) {
			logger.warn("Redis did not answer a favourite states lookup: {}", ex.getMessage());
			return new Lookup.Unavailable();
		}
	}

}
