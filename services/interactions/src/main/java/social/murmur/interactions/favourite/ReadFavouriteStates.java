package social.murmur.interactions.favourite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import social.murmur.interactions.InteractionsProperties;
import social.murmur.interactions.cache.FavouriteCountsCache;
import social.murmur.interactions.cache.FavouriteCountsCache.RevisedCount;
import social.murmur.interactions.cache.FavouriteStatesCache;
import social.murmur.interactions.cache.FavouritedCache;
import social.murmur.interactions.favourite.FavouriteCounts.Counted;

/**
 * The favourites count of each status of a page and whether the viewer liked it: the one
 * path by which every status interactions renders, and every status other services render
 * (through {@code GetFavouriteStates}), gets its count.
 * <p>
 * In the steady state it is one Redis round trip and no query. What Redis misses is read
 * from PostgreSQL, at most one query for the counts and one for the viewer's likes, and
 * written back (one more round trip) for the next page. Without Redis it is the same two
 * queries on every call, and the answer is as correct, only slower.
 */
@Service
public class ReadFavouriteStates {

	private final FavouriteStatesCache cache;

	private final FavouritedCache favouritedCache;

	private final FavouriteCountsCache countsCache;

	private final FavouriteCounts counts;

	private final Favourites favourites;

	private final int maxCached;

	public ReadFavouriteStates(FavouriteStatesCache cache, FavouritedCache favouritedCache,
			FavouriteCountsCache countsCache, FavouriteCounts counts, Favourites favourites,
			InteractionsProperties properties) {
		this.cache = cache;
		this.favouritedCache = favouritedCache;
		this.countsCache = countsCache;
		this.counts = counts;
		this.favourites = favourites;
		this.maxCached = properties.favouritedCacheMaxSize();
	}

	/**
	 * @param viewerId the viewer, or 0 for nobody (then nothing is favourited)
	 * @param statusIds as asked, duplicates included
	 * @return one state per asked id, in the order asked; ids below 1 are no status, and
	 * have count 0
	 */
	public List<FavouriteState> read(long viewerId, List<Long> statusIds) {
		// No status has an id below 1, and 0 is the cached sets' sentinel.
		List<Long> distinct = statusIds.stream().filter((id) -> id > 0).distinct().toList();
		Map<Long, Long> countOf = new HashMap<>();
		Set<Long> favourited = new HashSet<>();
		if (!distinct.isEmpty()) {
			switch (this.cache.lookup(viewerId, distinct)) {
				case FavouriteStatesCache.Lookup.Answered answered -> {
					countOf.putAll(countsCachedOrRead(distinct, answered.counts()));
					favourited.addAll(favourited(viewerId, distinct, answered.favourited()));
				}
				case FavouriteStatesCache.Lookup.Unavailable unavailable -> {
					this.counts.counts(distinct).forEach((id, counted) -> countOf.put(id, counted.count()));
					if (viewerId > 0) {
						favourited.addAll(this.favourites.likedAmong(viewerId, distinct));
					}
				}
			}
		}
		List<FavouriteState> states = new ArrayList<>(statusIds.size());
		for (long id : statusIds) {
			states.add(new FavouriteState(id, countOf.getOrDefault(id, 0L), favourited.contains(id)));
		}
		return states;
	}

	/** The favourites counts of the statuses, by id, read as {@link #read} reads them. */
	public Map<Long, Long> counts(List<Long> statusIds) {
		Map<Long, Long> counts = new HashMap<>();
		read(0, statusIds).forEach((state) -> counts.put(state.statusId(), state.favouritesCount()));
		return counts;
	}

	private Map<Long, Long> countsCachedOrRead(List<Long> statusIds, Map<Long, RevisedCount> cached) {
		Map<Long, Long> countOf = new HashMap<>();
		List<Long> missed = new ArrayList<>();
		for (long id : statusIds) {
			RevisedCount count = cached.get(id);
			if (count != null) {
				countOf.put(id, count.count());
			}
			else {
				missed.add(id);
			}
		}
		if (!missed.isEmpty()) {
			Map<Long, RevisedCount> fill = new HashMap<>();
			for (Map.Entry<Long, Counted> read : this.counts.counts(missed).entrySet()) {
				countOf.put(read.getKey(), read.getValue().count());
				fill.put(read.getKey(), new RevisedCount(read.getValue().count(), read.getValue().revision()));
			}
			this.countsCache.fill(fill);
		}
		return countOf;
	}

	private Set<Long> favourited(long viewerId, List<Long> statusIds, FavouritedCache.Lookup lookup) {
		return switch (lookup) {
			case FavouritedCache.Lookup.Hit hit -> hit.favourited();
			case FavouritedCache.Lookup.Miss miss -> {
				List<Long> all = this.favourites.statusIdsLikedBy(viewerId, this.maxCached + 1);
				if (all.size() > this.maxCached) {
					// Too many to cache: an indexed query per page instead.
					yield this.favourites.likedAmong(viewerId, statusIds);
				}
				this.favouritedCache.fill(viewerId, miss.version(), all);
				Set<Long> favourited = new HashSet<>(statusIds);
				favourited.retainAll(new HashSet<>(all));
				yield favourited;
			}
		};
	}

}
