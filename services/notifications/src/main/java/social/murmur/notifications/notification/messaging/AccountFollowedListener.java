package social.murmur.notifications.notification.messaging;

import com.google.protobuf.InvalidProtocolBufferException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountFollowed;
import social.murmur.notifications.notification.NotifyFollowee;

/** A follow gives the followee a {@code follow} notification. */
@Component
class AccountFollowedListener {

	private final NotifyFollowee notifyFollowee;

	AccountFollowedListener(NotifyFollowee notifyFollowee) {
		this.notifyFollowee = notifyFollowee;
	}

	@KafkaListener(topics = Topics.ACCOUNT_FOLLOWED)
	void on(byte[] payload) throws InvalidProtocolBufferException {
		AccountFollowed event = AccountFollowed.parseFrom(payload);
		this.notifyFollowee.notify(event.getFollowerId(), event.getFolloweeId());
	}

}
