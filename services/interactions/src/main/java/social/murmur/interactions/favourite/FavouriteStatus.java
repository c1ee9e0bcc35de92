package social.murmur.interactions.favourite;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusFavourited;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.interactions.cache.FavouritedCache;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.outbox.Outbox;
import social.murmur.platform.web.ApiException;

/**
 * Likes a status the viewer may see. Liking it again changes nothing: one row, one count,
 * one {@code StatusFavourited}, all written in one transaction.
 */
@Service
public class FavouriteStatus {

	private final VisibleStatuses statuses;

	private final Favourites favourites;

	private final FavouriteCounts counts;

	private final DeletedStatuses deletedStatuses;

	private final FavouritedCache cache;

	private final Outbox outbox;

	private final IdGenerator ids;

	private final TransactionTemplate transactions;

	public FavouriteStatus(VisibleStatuses statuses, Favourites favourites, FavouriteCounts counts,
			DeletedStatuses deletedStatuses, FavouritedCache cache, Outbox outbox, IdGenerator ids,
			TransactionTemplate transactions) {
		this.statuses = statuses;
		this.favourites = favourites;
		this.counts = counts;
		this.deletedStatuses = deletedStatuses;
		this.cache = cache;
		this.outbox = outbox;
		this.ids = ids;
		this.transactions = transactions;
	}

	/**
	 * @return the status with its favourites count as it stands after the like
	 * @throws ApiException 404 when the status is deleted, unknown or hidden from the
	 * viewer
	 */
	public Status favourite(long viewerId, long statusId) {
		Status status = this.statuses.find(statusId, viewerId).orElseThrow(ApiException::notFound);
		long authorId = status.getAccount().getId();
		Change change = this.transactions.execute((transaction) -> {
			this.deletedStatuses.lock(statusId);
			if (this.deletedStatuses.contains(statusId)) {
				throw ApiException.notFound();
			}
			if (!this.favourites.add(viewerId, statusId, authorId)) {
				return new Change(false, this.counts.count(statusId));
			}
			long count = this.counts.increment(statusId);
			this.outbox.append(Topics.STATUS_FAVOURITED, viewerId,
					StatusFavourited.newBuilder()
						.setEventId(this.ids.next())
						.setOccurredAt(Instant.now().toEpochMilli())
						.setAccountId(viewerId)
						.setStatusId(statusId)
						.setStatusAuthorId(authorId)
						.build());
			return new Change(true, count);
		});
		if (change.changed()) {
			this.cache.added(viewerId, statusId);
		}
		return status.toBuilder().setFavouritesCount(change.count()).build();
	}

	/** Whether a like was added or removed, and the count after it. */
	record Change(boolean changed, long count) {
	}

}
