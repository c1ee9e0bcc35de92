package social.murmur.notifications.notification;

import java.util.Optional;

/**
 * The kinds of notification Murmur creates, named on the wire and in the database as in
 * Mastodon's {@code Notification.type}.
 */
public enum NotificationType {

	/** Someone followed you. */
	FOLLOW("follow", false),

	/** Someone mentioned you in their status. */
	MENTION("mention", true),

	/** Someone you enabled notifications for has posted a status. */
	STATUS("status", true),

	/** Someone favourited (liked) one of your statuses. */
	FAVOURITE("favourite", true);

	private final String wireName;

	private final boolean aboutStatus;

	NotificationType(String wireName, boolean aboutStatus) {
		this.wireName = wireName;
		this.aboutStatus = aboutStatus;
	}

	/** The Mastodon name, such as {@code follow}. */
	public String wireName() {
		return this.wireName;
	}

	/** Whether notifications of this type carry the status they are about. */
	public boolean aboutStatus() {
		return this.aboutStatus;
	}

	public static Optional<NotificationType> fromWireName(String name) {
		for (NotificationType type : values()) {
			if (type.wireName.equals(name)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
