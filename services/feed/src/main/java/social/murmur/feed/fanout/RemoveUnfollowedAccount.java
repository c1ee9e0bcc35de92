package social.murmur.feed.fanout;

import java.util.List;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import social.murmur.contracts.events.v1.AccountUnfollowed;
import social.murmur.feed.source.Follows;
import social.murmur.feed.source.Statuses;
import social.murmur.feed.timeline.HomeTimelines;

/**
 * Removes the statuses of an unfollowed account from the former follower's home timeline:
 * those of its statuses that are recent enough to be in it.
 */
@Service
public class RemoveUnfollowedAccount {

	private final HomeTimelines timelines;

	private final Follows follows;

	private final Statuses statuses;

	public RemoveUnfollowedAccount(HomeTimelines timelines, Follows follows, Statuses statuses) {
		this.timelines = timelines;
		this.follows = follows;
		this.statuses = statuses;
	}

	public void remove(AccountUnfollowed unfollow) {
		long followerId = unfollow.getFollowerId();
		long followeeId = unfollow.getFolloweeId();
		// Whether the followee is a celebrity to merge in is asked again on the next
		// read.
		this.timelines.forgetCelebrities(List.of(followerId));
		OptionalLong oldest = this.timelines.oldest(followerId);
		if (oldest.isEmpty()) {
			return;
		}
		// Following again since (events of the two topics may arrive out of order) keeps
		// the statuses.
		if (this.follows.followedBy(followerId, List.of(followeeId)).contains(followeeId)) {
			return;
		}
		List<Long> ids = this.statuses.idsByAuthors(List.of(followeeId), 0, oldest.getAsLong() - 1,
				this.timelines.capacity());
		this.timelines.remove(followerId, ids);
	}

}
