package social.murmur.interactions.favourite;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import social.murmur.interactions.InteractionsProperties;
import social.murmur.interactions.cache.FavouritedCache;
import social.murmur.interactions.cache.FavouritedCache.Lookup;

/**
 * Which statuses of a page the viewer liked: from the viewer's set in Redis in the steady
 * state, one round trip per page. A miss fills the set from PostgreSQL with one query;
 * without Redis, or for a viewer with more likes than are cached, one indexed query per
 * page answers instead.
 */
@Service
public class FavouritedAmong {

	private final Favourites favourites;

	private final FavouritedCache cache;

	private final int maxCached;

	public FavouritedAmong(Favourites favourites, FavouritedCache cache, InteractionsProperties properties) {
		this.favourites = favourites;
		this.cache = cache;
		this.maxCached = properties.favouritedCacheMaxSize();
	}

	public Set<Long> favourited(long viewerId, List<Long> askedIds) {
		// No status has an id below 1, and 0 is the cached sets' sentinel.
		List<Long> statusIds = askedIds.stream().filter((id) -> id > 0).toList();
		if (viewerId <= 0 || statusIds.isEmpty()) {
			return Set.of();
		}
		Lookup lookup = this.cache.lookup(viewerId, statusIds);
		if (lookup instanceof Lookup.Hit hit) {
			return hit.favourited();
		}
		if (lookup instanceof Lookup.Miss miss) {
			List<Long> all = this.favourites.statusIdsLikedBy(viewerId, this.maxCached + 1);
			if (all.size() <= this.maxCached) {
				this.cache.fill(viewerId, miss.version(), all);
				Set<Long> favourited = new HashSet<>(statusIds);
				favourited.retainAll(new HashSet<>(all));
				return favourited;
			}
		}
		return this.favourites.likedAmong(viewerId, statusIds);
	}

}
