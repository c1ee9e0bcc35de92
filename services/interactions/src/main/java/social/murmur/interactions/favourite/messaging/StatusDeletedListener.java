package social.murmur.interactions.favourite.messaging;

import com.google.protobuf.InvalidProtocolBufferException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.interactions.favourite.ForgetStatus;

/**
 * A deleted status takes its likes with it. An event that cannot be parsed is skipped
 * (the platform's error handler); any other failure is retried with backoff.
 */
@Component
class StatusDeletedListener {

	private final ForgetStatus forgetStatus;

	StatusDeletedListener(ForgetStatus forgetStatus) {
		this.forgetStatus = forgetStatus;
	}

	@KafkaListener(topics = Topics.STATUS_DELETED)
	void on(byte[] payload) throws InvalidProtocolBufferException {
		StatusDeleted event = StatusDeleted.parseFrom(payload);
		this.forgetStatus.forget(event.getEventId(), event.getStatusId());
	}

}
