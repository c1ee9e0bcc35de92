package social.murmur.notifications.notification;

import org.springframework.stereotype.Service;

/** Removes every notification about a deleted status. */
@Service
public class ForgetStatus {

	private final Notifications notifications;

	private final DeletedStatuses deletedStatuses;

	public ForgetStatus(Notifications notifications, DeletedStatuses deletedStatuses) {
		this.notifications = notifications;
		this.deletedStatuses = deletedStatuses;
	}

	/** Answers how many notifications were removed. */
	public int forget(long statusId) {
		if (statusId <= 0) {
			return 0;
		}
		// Remembered first, deleted second: see NotifyStatusAudience for the other half.
		this.deletedStatuses.add(statusId);
		return this.notifications.deleteAbout(statusId);
	}

}
