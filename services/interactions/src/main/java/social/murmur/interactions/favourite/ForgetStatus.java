package social.murmur.interactions.favourite;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
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

	private final ProcessedEvents processedEvents;

	private final TransactionTemplate transactions;

	public ForgetStatus(Favourites favourites, FavouriteCounts counts, DeletedStatuses deletedStatuses,
			FavouritedCache cache, ProcessedEvents processedEvents, TransactionTemplate transactions) {
		this.favourites = favourites;
		this.counts = counts;
		this.deletedStatuses = deletedStatuses;
		this.cache = cache;
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
		List<Long> likers = this.transactions.execute((transaction) -> {
			if (eventId != 0 && !this.processedEvents.firstDelivery(CONSUMER, eventId)) {
				return List.<Long>of();
			}
			this.deletedStatuses.lock(statusId);
			this.deletedStatuses.add(statusId);
			List<Long> removed = this.favourites.deleteAllOf(statusId);
			this.counts.delete(statusId);
			return removed;
		});
		// After the commit: a cached set that misses this (Redis away) only names a
		// status
		// that posts no longer shows, and expires with its time to live.
		likers.forEach((accountId) -> this.cache.removed(accountId, statusId));
		return likers.size();
	}

}
