package social.murmur.posts.account.messaging;

import com.google.protobuf.InvalidProtocolBufferException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountUpdated;
import social.murmur.posts.account.Accounts;

/**
 * Evicts an updated account from this instance's cache. Every instance holds its own
 * cache, so every instance must see every event: the consumer group is unique per
 * instance, and it starts at the newest offset because an empty cache has nothing old to
 * evict.
 */
@Component
class AccountUpdatedListener {

	/** Listener id, to find its container (tests wait for its partitions). */
	static final String ID = "posts-account-cache";

	private final Accounts accounts;

	AccountUpdatedListener(Accounts accounts) {
		this.accounts = accounts;
	}

	@KafkaListener(id = ID, idIsGroup = false, topics = Topics.ACCOUNT_UPDATED,
			groupId = "posts-account-cache-#{T(java.util.UUID).randomUUID()}", properties = "auto.offset.reset=latest")
	void onAccountUpdated(byte[] event) throws InvalidProtocolBufferException {
		this.accounts.evict(AccountUpdated.parseFrom(event).getAccountId());
	}

}
