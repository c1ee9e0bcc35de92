package social.murmur.notifications.notification;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Tells an author that someone liked their status, and takes the notification back when
 * the like is undone, as Mastodon does. Idempotent: a redelivered like finds its
 * notification there already, a redelivered unlike finds nothing to remove.
 */
@Service
public class NotifyFavourite {

	private static final Logger logger = LoggerFactory.getLogger(NotifyFavourite.class);

	private final Notifications notifications;

	private final DeletedStatuses deletedStatuses;

	private final UndoneFavourites undoneFavourites;

	private final ApplicationEventPublisher events;

	public NotifyFavourite(Notifications notifications, DeletedStatuses deletedStatuses,
			UndoneFavourites undoneFavourites, ApplicationEventPublisher events) {
		this.notifications = notifications;
		this.deletedStatuses = deletedStatuses;
		this.undoneFavourites = undoneFavourites;
		this.events = events;
	}

	/** Answers whether a notification was added. */
	public boolean favourited(Favourite favourite) {
		if (!favourite.notifiesAnyone()) {
			if (favourite.accountId() != favourite.statusAuthorId()) {
				logger.warn("Ignoring a favourite nobody can be notified of: {}", favourite);
			}
			return false;
		}
		if (isGone(favourite)) {
			return false;
		}
		Optional<StoredNotification> added = this.notifications.add(favourite.statusAuthorId(),
				NotificationType.FAVOURITE, favourite.accountId(), favourite.statusId());
		// Checked again after inserting: an unlike or a deletion applied meanwhile either
		// saw the row and removed it, or is seen here.
		if (isGone(favourite)) {
			remove(favourite);
			return false;
		}
		added.ifPresent((notification) -> this.events.publishEvent(new NotificationsAdded(List.of(notification))));
		return added.isPresent();
	}

	/** Answers whether a notification was removed. */
	public boolean unfavourited(Favourite favourite) {
		if (!favourite.notifiesAnyone()) {
			return false;
		}
		this.undoneFavourites.record(favourite.accountId(), favourite.statusId(), favourite.occurredAt());
		return remove(favourite);
	}

	private boolean isGone(Favourite favourite) {
		return this.deletedStatuses.contains(favourite.statusId()) || this.undoneFavourites
			.undoneSince(favourite.accountId(), favourite.statusId(), favourite.occurredAt());
	}

	private boolean remove(Favourite favourite) {
		return this.notifications.delete(favourite.statusAuthorId(), NotificationType.FAVOURITE, favourite.accountId(),
				favourite.statusId());
	}

}
