package social.murmur.notifications.notification;

/**
 * A like, or the undoing of one, as far as notifications care.
 *
 * @param accountId who liked the status
 * @param statusId the status liked
 * @param statusAuthorId who wrote it, and so is notified
 * @param occurredAt when it happened, epoch milliseconds
 */
public record Favourite(long accountId, long statusId, long statusAuthorId, long occurredAt) {

	/** Whether anyone is to hear about it: a valid like of someone else's status. */
	public boolean notifiesAnyone() {
		return this.accountId > 0 && this.statusId > 0 && this.statusAuthorId > 0
				&& this.accountId != this.statusAuthorId;
	}

}
