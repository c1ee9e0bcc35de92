package social.murmur.media.attachment.messaging;

import com.google.protobuf.InvalidProtocolBufferException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.media.attachment.ForgetStatus;

/** A deleted status takes its attachments, rows and files, along. */
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
