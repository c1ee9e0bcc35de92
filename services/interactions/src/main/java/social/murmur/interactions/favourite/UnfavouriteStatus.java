package social.murmur.interactions.favourite;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusUnfavourited;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.interactions.cache.FavouriteCountsCache;
import social.murmur.interactions.cache.FavouriteCountsCache.RevisedCount;
import social.murmur.interactions.cache.FavouritedCache;
import social.murmur.interactions.favourite.FavouriteCounts.Counted;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.outbox.Outbox;
import social.murmur.platform.web.ApiException;

/**
 * Takes back a like of a status the viewer may see; the row, the count and
 * {@code StatusUnfavourited} in one transaction. Taking back a like that is not there
 * changes nothing. After the commit the viewer's cached set and the status's cached count
 * are brought up to date.
 */
@Service
public class UnfavouriteStatus {

	private final VisibleStatuses statuses;

	private final Favourites favourites;

	private final FavouriteCounts counts;

	private final DeletedStatuses deletedStatuses;

	private final FavouritedCache cache;

	private final FavouriteCountsCache countsCache;

	private final ReadFavouriteStates states;

	private final Outbox outbox;

	private final IdGenerator ids;

	private final TransactionTemplate transactions;

	public UnfavouriteStatus(VisibleStatuses statuses, Favourites favourites, FavouriteCounts counts,
			DeletedStatuses deletedStatuses, FavouritedCache cache, FavouriteCountsCache countsCache,
			ReadFavouriteStates states, Outbox outbox, IdGenerator ids, TransactionTemplate transactions) {
		this.statuses = statuses;
		this.favourites = favourites;
		this.counts = counts;
		this.deletedStatuses = deletedStatuses;
		this.cache = cache;
		this.countsCache = countsCache;
		this.states = states;
		this.outbox = outbox;
		this.ids = ids;
		this.transactions = transactions;
	}

	/**
	 * @return the status with its favourites count as it stands after the change
	 * @throws ApiException 404 when the status is deleted, unknown or hidden from the
	 * viewer
	 */
	public Status unfavourite(long viewerId, long statusId) {
		Status status = this.statuses.find(statusId, viewerId).orElseThrow(ApiException::notFound);
		if (this.deletedStatuses.contains(statusId)) {
			throw ApiException.notFound();
		}
		long authorId = status.getAccount().getId();
		@Nullable Counted changed = this.transactions.execute((transaction) -> {
			if (!this.favourites.remove(viewerId, statusId)) {
				return null;
			}
			Counted count = this.counts.decrement(statusId);
			this.outbox.append(Topics.STATUS_UNFAVOURITED, viewerId,
					StatusUnfavourited.newBuilder()
						.setEventId(this.ids.next())
						.setOccurredAt(Instant.now().toEpochMilli())
						.setAccountId(viewerId)
						.setStatusId(statusId)
						.setStatusAuthorId(authorId)
						.build());
			return count;
		});
		if (changed == null) {
			// Nothing changed: the count as every renderer reads it.
			return status.toBuilder()
				.setFavouritesCount(this.states.counts(List.of(statusId)).getOrDefault(statusId, 0L))
				.build();
		}
		this.cache.removed(viewerId, statusId);
		this.countsCache.changed(statusId, new RevisedCount(changed.count(), changed.revision()));
		return status.toBuilder().setFavouritesCount(changed.count()).build();
	}

}
