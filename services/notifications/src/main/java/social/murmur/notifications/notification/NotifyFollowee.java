package social.murmur.notifications.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Tells an account that someone followed it. */
@Service
public class NotifyFollowee {

	private static final Logger logger = LoggerFactory.getLogger(NotifyFollowee.class);

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	public NotifyFollowee(Notifications notifications, ApplicationEventPublisher events) {
		this.notifications = notifications;
		this.events = events;
	}

	/** Answers whether a notification was added (false for a repeat or a bad event). */
	public boolean notify(long followerId, long followeeId) {
		if (followerId <= 0 || followeeId <= 0 || followerId == followeeId) {
			logger.warn("Ignoring a follow of {} by {}: not a follow anyone can be notified of", followeeId,
					followerId);
			return false;
		}
		return this.notifications.add(followeeId, NotificationType.FOLLOW, followerId, null).map((added) -> {
			this.events.publishEvent(new NotificationsAdded(List.of(added)));
			return true;
		}).orElse(false);
	}

}
