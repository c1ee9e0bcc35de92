package social.murmur.feed.fanout.messaging;

import com.google.protobuf.InvalidProtocolBufferException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.feed.fanout.FanOutStatus;
import social.murmur.feed.fanout.RemoveDeletedStatus;

/**
 * Status events from posts. Each instance fans out {@code murmur.feed.fan-out-consumers}
 * statuses at the same time, from partitions of its own: an author's statuses share a
 * partition, so they are fanned out one after the other, in order. A failure (users or
 * Redis down) is retried by the platform's error handler until it succeeds; an unreadable
 * event is skipped.
 */
@Component
class StatusEventsListener {

	private final FanOutStatus fanOut;

	private final RemoveDeletedStatus removeDeleted;

	StatusEventsListener(FanOutStatus fanOut, RemoveDeletedStatus removeDeleted) {
		this.fanOut = fanOut;
		this.removeDeleted = removeDeleted;
	}

	@KafkaListener(topics = Topics.STATUS_PUBLISHED, concurrency = "${murmur.feed.fan-out-consumers:1}")
	void published(byte[] event) throws InvalidProtocolBufferException {
		this.fanOut.fanOut(StatusPublished.parseFrom(event));
	}

	@KafkaListener(topics = Topics.STATUS_DELETED)
	void deleted(byte[] event) throws InvalidProtocolBufferException {
		this.removeDeleted.remove(StatusDeleted.parseFrom(event));
	}

}
