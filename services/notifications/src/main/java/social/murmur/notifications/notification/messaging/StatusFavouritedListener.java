package social.murmur.notifications.notification.messaging;

import com.google.protobuf.InvalidProtocolBufferException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusFavourited;
import social.murmur.notifications.notification.Favourite;
import social.murmur.notifications.notification.NotifyFavourite;

/** A like gives the status's author a {@code favourite} notification. */
@Component
class StatusFavouritedListener {

	private final NotifyFavourite notifyFavourite;

	StatusFavouritedListener(NotifyFavourite notifyFavourite) {
		this.notifyFavourite = notifyFavourite;
	}

	@KafkaListener(topics = Topics.STATUS_FAVOURITED)
	void on(byte[] payload) throws InvalidProtocolBufferException {
		StatusFavourited event = StatusFavourited.parseFrom(payload);
		this.notifyFavourite.favourited(new Favourite(event.getAccountId(), event.getStatusId(),
				event.getStatusAuthorId(), event.getOccurredAt()));
	}

}
