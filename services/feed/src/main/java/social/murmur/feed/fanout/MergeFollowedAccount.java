package social.murmur.feed.fanout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import social.murmur.contracts.events.v1.AccountFollowed;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.source.Follows;
import social.murmur.feed.source.Statuses;
import social.murmur.feed.timeline.HomeTimelineRules;
import social.murmur.feed.timeline.HomeTimelines;

/**
 * Merges the latest statuses of a newly followed account into the follower's home
 * timeline, less the replies the follower would not have been sent.
 */
@Service
public class MergeFollowedAccount {

	private final HomeTimelines timelines;

	private final Follows follows;

	private final Statuses statuses;

	private final int mergeSize;

	public MergeFollowedAccount(HomeTimelines timelines, Follows follows, Statuses statuses,
			FeedProperties properties) {
		this.timelines = timelines;
		this.follows = follows;
		this.statuses = statuses;
		this.mergeSize = properties.followMergeSize();
	}

	public void merge(AccountFollowed follow) {
		long followerId = follow.getFollowerId();
		long followeeId = follow.getFolloweeId();
		// Whether the followee is a celebrity to merge in is asked again on the next
		// read.
		this.timelines.forgetCelebrities(List.of(followerId));
		if (!this.timelines.exists(followerId)) {
			return;
		}
		List<Status> latest = this.statuses
			.byIds(this.statuses.idsByAuthors(List.of(followeeId), 0, 0, this.mergeSize));
		Set<Long> asked = new HashSet<>();
		asked.add(followeeId);
		latest.forEach((status) -> asked.add(status.getInReplyToAccountId()));
		asked.remove(0L);
		Set<Long> followed = this.follows.followedBy(followerId, asked);
		// Follow and unfollow events travel on different topics and may arrive out of
		// order: the follow graph as it is now decides.
		if (!followed.contains(followeeId)) {
			return;
		}
		List<Long> admitted = latest.stream()
			.filter((status) -> HomeTimelineRules.admits(followerId, followeeId, status.getInReplyToAccountId(),
					followed::contains))
			.map(Status::getId)
			.toList();
		this.timelines.addIfPresent(followerId, admitted);
	}

}
