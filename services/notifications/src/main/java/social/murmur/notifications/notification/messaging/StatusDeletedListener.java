package social.murmur.notifications.notification.messaging;

import com.google.protobuf.InvalidProtocolBufferException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.notifications.notification.ForgetStatus;

/** A deleted status takes its notifications with it. */
@Component
class StatusDeletedListener {

	private final ForgetStatus forgetStatus;

	StatusDeletedListener(ForgetStatus forgetStatus) {
		this.forgetStatus = forgetStatus;
	}

	@KafkaListener(topics = Topics.STATUS_DELETED)
	void on(byte[] payload) throws InvalidProtocolBufferException {
		this.forgetStatus.forget(StatusDeleted.parseFrom(payload).getStatusId());
	}

}
