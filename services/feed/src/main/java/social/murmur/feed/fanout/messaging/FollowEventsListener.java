package social.murmur.feed.fanout.messaging;

import com.google.protobuf.InvalidProtocolBufferException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountFollowed;
import social.murmur.contracts.events.v1.AccountUnfollowed;
import social.murmur.feed.fanout.MergeFollowedAccount;
import social.murmur.feed.fanout.RemoveUnfollowedAccount;

/**
 * Follow events from users. A failure (posts, users or Redis down) is retried by the
 * platform's error handler until it succeeds; an unreadable event is skipped.
 */
@Component
class FollowEventsListener {

	private final MergeFollowedAccount merge;

	private final RemoveUnfollowedAccount remove;

	FollowEventsListener(MergeFollowedAccount merge, RemoveUnfollowedAccount remove) {
		this.merge = merge;
		this.remove = remove;
	}

	@KafkaListener(topics = Topics.ACCOUNT_FOLLOWED)
	void followed(byte[] event) throws InvalidProtocolBufferException {
		this.merge.merge(AccountFollowed.parseFrom(event));
	}

	@KafkaListener(topics = Topics.ACCOUNT_UNFOLLOWED)
	void unfollowed(byte[] event) throws InvalidProtocolBufferException {
		this.remove.remove(AccountUnfollowed.parseFrom(event));
	}

}
