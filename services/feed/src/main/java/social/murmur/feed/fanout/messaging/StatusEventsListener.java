package social.murmur.feed.fanout.messaging;

import java.util.List;

import com.google.protobuf.InvalidProtocolBufferException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.fanout.FanOutStatus;
import social.murmur.feed.fanout.RemoveDeletedStatus;
import social.murmur.platform.messaging.KeyOrderedBatch;

/**
 * Status events from posts. Each instance fans out up to
 * {@code murmur.feed.fan-out-concurrency} statuses of a poll at the same time, each by a
 * different author: an author's statuses share a key, so they are fanned out one after
 * the other, in order ({@link KeyOrderedBatch}). A failure (users or Redis down) is
 * retried by the platform's error handler until it succeeds; an unreadable event is
 * skipped.
 */
@Component
class StatusEventsListener {

	private static final Logger logger = LoggerFactory.getLogger(StatusEventsListener.class);

	private final RemoveDeletedStatus removeDeleted;

	private final KeyOrderedBatch<byte[]> fanOuts;

	StatusEventsListener(FanOutStatus fanOut, RemoveDeletedStatus removeDeleted, FeedProperties properties) {
		this.removeDeleted = removeDeleted;
		this.fanOuts = new KeyOrderedBatch<>(properties.fanOutConcurrency(), (record) -> {
			StatusPublished status;
			try {
				status = StatusPublished.parseFrom(record.value());
			}
			catch (InvalidProtocolBufferException ex) {
				// Skipped at once: it will never be readable, and retrying it would
				// hold up the statuses after it.
				logger.error("Skipping unreadable StatusPublished at offset {} of partition {}", record.offset(),
						record.partition(), ex);
				return;
			}
			fanOut.fanOut(status);
		});
	}

	@KafkaListener(topics = Topics.STATUS_PUBLISHED, batch = "true")
	void published(List<ConsumerRecord<String, byte[]>> records) {
		this.fanOuts.handle(records);
	}

	@KafkaListener(topics = Topics.STATUS_DELETED)
	void deleted(byte[] event) throws InvalidProtocolBufferException {
		this.removeDeleted.remove(StatusDeleted.parseFrom(event));
	}

}
