package social.murmur.posts.status;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.outbox.Outbox;
import social.murmur.platform.web.ApiException;

/**
 * Deletes a status for its author: marks it deleted, takes it off its parent's reply
 * count and records {@code StatusDeleted}, in one transaction.
 */
@Service
public class DeleteStatus {

	private final Statuses statuses;

	private final StatusAccess access;

	private final IdGenerator ids;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	public DeleteStatus(Statuses statuses, StatusAccess access, IdGenerator ids, Outbox outbox,
			TransactionTemplate transactions) {
		this.statuses = statuses;
		this.access = access;
		this.ids = ids;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * @return the status as it was, for "delete and redraft"
	 * @throws ApiException 404 when the caller cannot see the status, 403 when it is
	 * someone else's
	 */
	public Status delete(long accountId, long statusId) {
		Status status = this.statuses.find(statusId).orElseThrow(ApiException::notFound);
		if (status.accountId() != accountId) {
			throw this.access.canSee(status, accountId) ? ApiException.forbidden() : ApiException.notFound();
		}
		this.transactions.executeWithoutResult((transaction) -> {
			if (!this.statuses.softDelete(statusId)) {
				// Deleted by a concurrent request, which has recorded the event.
				throw ApiException.notFound();
			}
			if (status.countsAsReply()) {
				this.statuses.decrementReplies(status.inReplyToId());
			}
			this.outbox.append(Topics.STATUS_DELETED, accountId,
					StatusDeleted.newBuilder()
						.setEventId(this.ids.next())
						.setOccurredAt(Instant.now().toEpochMilli())
						.setStatusId(statusId)
						.setAuthorId(accountId)
						.build());
		});
		return status;
	}

}
