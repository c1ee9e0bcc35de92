package social.murmur.interactions.favourite;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import social.murmur.interactions.cache.FavouriteCountsCache;
import social.murmur.interactions.cache.FavouriteCountsCache.RevisedCount;
import social.murmur.interactions.cache.FavouritedCache;
import social.murmur.platform.outbox.ProcessedEvents;

/**
 * A deleted status takes its likes and its count with it, and leaves the cached sets of
 * those who liked it. Applied once per event; a status remembered as deleted can no
 * longer be liked.
 */
@Service
public class ForgetStatus {

	static final String CONSUMER = "interactions-status-deleted";

	private final Favourites favourites;

	private final FavouriteCounts counts;

	private final DeletedStatuses deletedStatuses;

	private final FavouritedCache cache;

	private final FavouriteCountsCache countsCache;

	private final ProcessedEvents processedEvents;

	private final TransactionTemplate transactions;

	public ForgetStatus(Favourites favourites, FavouriteCounts counts, DeletedStatuses deletedStatuses,
			FavouritedCache cache, FavouriteCountsCache countsCache, ProcessedEvents processedEvents,
			TransactionTemplate transactions) {
		this.favourites = favourites;
		this.counts = counts;
		this.deletedStatuses = deletedStatuses;
		this.cache = cache;
		this.countsCache = countsCache;
		this.processedEvents = processedEvents;
		this.transactions = transactions;
	}

	/**
	 * @param eventId the {@code StatusDeleted} event's id; zero when it has none, and
	 * then the (idempotent) effect is applied again
	 * @return how many likes were removed
	 */
	public int forget(long eventId, long statusId) {
		if (statusId <= 0) {
			return 0;
		}
		Forgotten forgotten = this.transactions.execute((transaction) -> {
			if (eventId != 0 && !this.processedEvents.firstDelivery(CONSUMER, eventId)) {
				return new Forgotten(List.of(), Optional.empty());
			}
			this.deletedStatuses.lock(statusId);
			this.deletedStatuses.add(statusId);
			List<Long> removed = this.favourites.deleteAllOf(statusId);
			return new Forgotten(removed, this.counts.delete(statusId));
		});
		// After the commit: a cached set or count that misses this (Redis away) only
		// concerns a status that posts no longer shows, and expires with its time to
		// live.
		// The count row is gone, so the cached count becomes 0 at a revision above the
		// row's last one: a fill that read the row before the deletion cannot bring it
		// back, and a later fill (no row: 0 at revision 0) changes nothing.
		forgotten.likers().forEach((accountId) -> this.cache.removed(accountId, statusId));
		forgotten.countRevision()
			.ifPresent((revision) -> this.countsCache.changed(statusId, new RevisedCount(0, revision + 1)));
		return forgotten.likers().size();
	}

	/** Who had liked the status, and the last revision of its count, if it had one. */
	private record Forgotten(List<Long> likers, Optional<Long> countRevision) {
	}

}
