package social.murmur.feed.fanout.messaging;

import com.google.protobuf.InvalidProtocolBufferException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountUpdated;
import social.murmur.feed.cache.StatusCache;

/**
 * Profile changes from users: the cached author is evicted, so the next read shows the
 * new name and avatar. A failure (Redis down) is retried by the platform's error handler.
 */
@Component
class AccountEventsListener {

	private final StatusCache cache;

	AccountEventsListener(StatusCache cache) {
		this.cache = cache;
	}

	@KafkaListener(topics = Topics.ACCOUNT_UPDATED)
	void updated(byte[] event) throws InvalidProtocolBufferException {
		this.cache.evictAccount(AccountUpdated.parseFrom(event).getAccountId());
	}

}
