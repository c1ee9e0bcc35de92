package social.murmur.notifications.notification;

import org.springframework.stereotype.Service;

/** Removes one notification at its recipient's request. */
@Service
public class DismissNotification {

	private final Notifications notifications;

	public DismissNotification(Notifications notifications) {
		this.notifications = notifications;
	}

	/**
	 * Answers false when the account has no such notification (someone else's counts as
	 * none), in which case nothing changed.
	 */
	public boolean dismiss(long accountId, long notificationId) {
		return this.notifications.delete(accountId, notificationId);
	}

}
