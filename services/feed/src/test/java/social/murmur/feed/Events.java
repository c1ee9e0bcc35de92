package social.murmur.feed;

import java.util.concurrent.ThreadLocalRandom;

import social.murmur.contracts.events.v1.AccountFollowed;
import social.murmur.contracts.events.v1.AccountUnfollowed;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.contracts.posts.v1.Mention;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.mastodon.MastodonEntities;

/** The events posts and users would publish about the tests' statuses and follows. */
public final class Events {

	private Events() {
	}

	public static StatusPublished published(Status status) {
		return StatusPublished.newBuilder()
			.setEventId(eventId())
			.setOccurredAt(status.getCreatedAt())
			.setStatusId(status.getId())
			.setAuthorId(status.getAccount().getId())
			.setInReplyToId(status.getInReplyToId())
			.setInReplyToAccountId(status.getInReplyToAccountId())
			.addAllMentionedAccountIds(status.getMentionsList().stream().map(Mention::getAccountId).toList())
			.setVisibility(MastodonEntities.visibility(status.getVisibility()))
			.build();
	}

	public static StatusDeleted deleted(Status status) {
		return StatusDeleted.newBuilder()
			.setEventId(eventId())
			.setOccurredAt(System.currentTimeMillis())
			.setStatusId(status.getId())
			.setAuthorId(status.getAccount().getId())
			.build();
	}

	public static AccountFollowed followed(long followerId, long followeeId) {
		return AccountFollowed.newBuilder()
			.setEventId(eventId())
			.setOccurredAt(System.currentTimeMillis())
			.setFollowerId(followerId)
			.setFolloweeId(followeeId)
			.build();
	}

	public static AccountUnfollowed unfollowed(long followerId, long followeeId) {
		return AccountUnfollowed.newBuilder()
			.setEventId(eventId())
			.setOccurredAt(System.currentTimeMillis())
			.setFollowerId(followerId)
			.setFolloweeId(followeeId)
			.build();
	}

	private static long eventId() {
		return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
	}

}
