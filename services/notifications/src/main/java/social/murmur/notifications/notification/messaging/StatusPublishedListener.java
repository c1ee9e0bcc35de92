package social.murmur.notifications.notification.messaging;

import com.google.protobuf.InvalidProtocolBufferException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.notifications.notification.NotifyStatusAudience;
import social.murmur.notifications.notification.PublishedStatus;

/** A new status notifies the accounts it mentions and the author's subscribers. */
@Component
class StatusPublishedListener {

	private final NotifyStatusAudience notifyStatusAudience;

	StatusPublishedListener(NotifyStatusAudience notifyStatusAudience) {
		this.notifyStatusAudience = notifyStatusAudience;
	}

	@KafkaListener(topics = Topics.STATUS_PUBLISHED)
	void on(byte[] payload) throws InvalidProtocolBufferException {
		StatusPublished event = StatusPublished.parseFrom(payload);
		this.notifyStatusAudience.notify(new PublishedStatus(event.getStatusId(), event.getAuthorId(),
				event.getInReplyToAccountId(), event.getMentionedAccountIdsList(), event.getVisibility()));
	}

}
