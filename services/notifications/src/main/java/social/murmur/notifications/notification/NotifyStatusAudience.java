package social.murmur.notifications.notification;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Notifies the people a new status concerns: a {@code mention} for everyone it mentions
 * or replies to, and a {@code status} for each follower who asked to hear about the
 * author's posts. Every step is idempotent, so a failure part way (users down, say) is
 * simply retried from the start.
 */
@Service
public class NotifyStatusAudience {

	private static final Logger logger = LoggerFactory.getLogger(NotifyStatusAudience.class);

	static final int SUBSCRIBER_PAGE_SIZE = 1000;

	private final Notifications notifications;

	private final DeletedStatuses deletedStatuses;

	private final PostSubscribers subscribers;

	private final ApplicationEventPublisher events;

	public NotifyStatusAudience(Notifications notifications, DeletedStatuses deletedStatuses,
			PostSubscribers subscribers, ApplicationEventPublisher events) {
		this.notifications = notifications;
		this.deletedStatuses = deletedStatuses;
		this.subscribers = subscribers;
		this.events = events;
	}

	public void notify(PublishedStatus status) {
		if (status.statusId() <= 0 || status.authorId() <= 0) {
			logger.warn("Ignoring a published status without status or author id: {}", status);
			return;
		}
		if (this.deletedStatuses.contains(status.statusId())) {
			return;
		}
		List<StoredNotification> added = new ArrayList<>(this.notifications.addForEach(status.mentionRecipients(),
				NotificationType.MENTION, status.authorId(), status.statusId()));
		if (status.notifiesSubscribers()) {
			notifySubscribers(status, added);
		}
		// Checked after inserting: a deletion applied meanwhile either sees our rows and
		// removes them, or is seen here.
		if (this.deletedStatuses.contains(status.statusId())) {
			this.notifications.deleteAbout(status.statusId());
			return;
		}
		if (!added.isEmpty()) {
			this.events.publishEvent(new NotificationsAdded(added));
		}
	}

	private void notifySubscribers(PublishedStatus status, List<StoredNotification> added) {
		long afterId = 0;
		while (true) {
			PostSubscribers.Page page = this.subscribers.page(status.authorId(), afterId, SUBSCRIBER_PAGE_SIZE);
			added.addAll(this.notifications.addForEach(status.subscribersToNotify(page.accountIds()),
					NotificationType.STATUS, status.authorId(), status.statusId()));
			// A cursor that does not move on would loop for ever.
			if (page.nextAfterId() <= afterId) {
				return;
			}
			afterId = page.nextAfterId();
		}
	}

}
