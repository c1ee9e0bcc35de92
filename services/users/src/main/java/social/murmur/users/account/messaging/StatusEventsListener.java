package social.murmur.users.account.messaging;

import com.google.protobuf.InvalidProtocolBufferException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.users.account.RecordStatusDeleted;
import social.murmur.users.account.RecordStatusPublished;

/**
 * Keeps {@code statuses_count} and {@code last_status_at} in step with the statuses posts
 * publishes and deletes. An unreadable record is skipped by the platform's error handler;
 * any other failure is retried, so no count is lost while the database is away.
 */
@Component
class StatusEventsListener {

	private final RecordStatusPublished published;

	private final RecordStatusDeleted deleted;

	StatusEventsListener(RecordStatusPublished published, RecordStatusDeleted deleted) {
		this.published = published;
		this.deleted = deleted;
	}

	@KafkaListener(topics = Topics.STATUS_PUBLISHED)
	void onStatusPublished(byte[] payload) throws InvalidProtocolBufferException {
		this.published.record(StatusPublished.parseFrom(payload));
	}

	@KafkaListener(topics = Topics.STATUS_DELETED)
	void onStatusDeleted(byte[] payload) throws InvalidProtocolBufferException {
		this.deleted.record(StatusDeleted.parseFrom(payload));
	}

}
