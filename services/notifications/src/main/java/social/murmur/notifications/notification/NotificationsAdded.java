package social.murmur.notifications.notification;

import java.util.List;

/**
 * Notifications just stored, published as an application event once they are, so that the
 * streaming side can push them to their recipients' open connections without the use
 * cases knowing about it.
 *
 * @param notifications the new notifications, none of them stored before
 */
public record NotificationsAdded(List<StoredNotification> notifications) {

	public NotificationsAdded {
		notifications = List.copyOf(notifications);
	}

}
