package social.murmur.notifications.notification;

import org.springframework.stereotype.Service;

/** Removes all of an account's notifications. */
@Service
public class ClearNotifications {

	private final Notifications notifications;

	public ClearNotifications(Notifications notifications) {
		this.notifications = notifications;
	}

	/** Answers how many notifications were removed. */
	public int clear(long accountId) {
		return this.notifications.deleteAll(accountId);
	}

}
