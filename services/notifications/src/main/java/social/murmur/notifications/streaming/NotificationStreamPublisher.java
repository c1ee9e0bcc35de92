package social.murmur.notifications.streaming;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import social.murmur.contracts.streaming.StreamEvent;
import social.murmur.contracts.streaming.UserStreams;
import social.murmur.platform.logging.OccasionalWarning;
import social.murmur.notifications.mastodon.Notification;
import social.murmur.notifications.mastodon.NotificationPresenter;
import social.murmur.notifications.notification.NotificationsAdded;
import social.murmur.notifications.notification.StoredNotification;

/**
 * Publishes every new notification as a {@code notification} event on its recipient's
 * channel, rendered exactly as {@code GET /api/v1/notifications} renders it for them.
 * After the notification is stored (after commit, when there is a transaction), on a
 * thread of its own: fire and forget, as Mastodon's streaming is. Only recipients that
 * some instance lists as online are rendered for, so a status notifying thousands of
 * subscribers costs one Redis lookup for those who are not watching. Users, posts or
 * Redis being down loses the live event (the notification is still there over HTTP),
 * never the Kafka event.
 */
@Component
class NotificationStreamPublisher {

	private final OccasionalWarning failed = new OccasionalWarning(
			LoggerFactory.getLogger(NotificationStreamPublisher.class), Duration.ofMinutes(1));

	private final Presence presence;

	private final NotificationPresenter presenter;

	private final StringRedisTemplate redis;

	private final StreamMessages messages;

	private final ExecutorService publishers = Executors.newVirtualThreadPerTaskExecutor();

	NotificationStreamPublisher(Presence presence, NotificationPresenter presenter, StringRedisTemplate redis,
			StreamMessages messages) {
		this.presence = presence;
		this.presenter = presenter;
		this.redis = redis;
		this.messages = messages;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(NotificationsAdded added) {
		try {
			this.publishers.execute(() -> publish(added.notifications()));
		}
		catch (RuntimeException ex) {
			this.failed.warn("Could not hand new notifications to the stream publisher", ex);
		}
	}

	@PreDestroy
	void stop() {
		this.publishers.shutdown();
	}

	private void publish(List<StoredNotification> notifications) {
		try {
			Map<Long, List<StoredNotification>> byRecipient = new LinkedHashMap<>();
			notifications.forEach(
					(notification) -> byRecipient.computeIfAbsent(notification.accountId(), (id) -> new ArrayList<>())
						.add(notification));
			Set<Long> online = this.presence.onlineAmong(byRecipient.keySet());
			for (Long recipient : online) {
				for (Notification notification : this.presenter.present(recipient, byRecipient.get(recipient))) {
					StreamEvent event = new StreamEvent(StreamEvent.NOTIFICATION, this.messages.json(notification));
					this.redis.convertAndSend(UserStreams.channel(recipient), this.messages.event(event));
				}
			}
		}
		catch (RuntimeException ex) {
			this.failed.warn("Could not publish new notifications to their recipients' streams", ex);
		}
	}

}
