package social.murmur.notifications.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A notification as this service keeps it: references to the accounts and status
 * involved, which the web layer hydrates before anyone sees it.
 *
 * @param id time-ordered id, also the paging cursor
 * @param accountId the account notified
 * @param type what happened
 * @param fromAccountId the account that did it
 * @param statusId the status it is about, for types that are about one
 * @param createdAt when it was created
 */
public record StoredNotification(long id, long accountId, NotificationType type, long fromAccountId,
		@Nullable Long statusId, Instant createdAt) {
}
