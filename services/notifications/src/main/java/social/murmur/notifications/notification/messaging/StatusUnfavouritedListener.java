package social.murmur.notifications.notification.messaging;

import com.google.protobuf.InvalidProtocolBufferException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusUnfavourited;
import social.murmur.notifications.notification.Favourite;
import social.murmur.notifications.notification.NotifyFavourite;

/** An undone like takes its {@code favourite} notification back, as in Mastodon. */
@Component
class StatusUnfavouritedListener {

	private final NotifyFavourite notifyFavourite;

	StatusUnfavouritedListener(NotifyFavourite notifyFavourite) {
		this.notifyFavourite = notifyFavourite;
	}

	@KafkaListener(topics = Topics.STATUS_UNFAVOURITED)
	void on(byte[] payload) throws InvalidProtocolBufferException {
		StatusUnfavourited event = StatusUnfavourited.parseFrom(payload);
		this.notifyFavourite.unfavourited(new Favourite(event.getAccountId(), event.getStatusId(),
				event.getStatusAuthorId(), event.getOccurredAt()));
	}

}
