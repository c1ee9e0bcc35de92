package social.murmur.feed.fanout;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.source.Follows;
import social.murmur.feed.timeline.HomeTimelines;

/**
 * Fan-out on write: puts a published status into the home timelines of its author and
 * followers (see {@link Audience}), a page of followers per pipelined Redis round trip.
 * Only timelines that exist are written; a missing one is built when first read.
 */
@Service
public class FanOutStatus {

	private final HomeTimelines timelines;

	private final Follows follows;

	private final int batchSize;

	public FanOutStatus(HomeTimelines timelines, Follows follows, FeedProperties properties) {
		this.timelines = timelines;
		this.follows = follows;
		this.batchSize = properties.fanOutBatchSize();
	}

	public void fanOut(StatusPublished status) {
		long statusId = status.getStatusId();
		long authorId = status.getAuthorId();
		if (Audience.isDirect(status)) {
			this.timelines.addToEach(Audience.ofDirect(status), statusId);
			return;
		}
		this.timelines.addToEach(List.of(authorId), statusId);
		long repliedTo = Audience.repliedToOther(status);
		this.follows.forEachFollowerPage(authorId, this.batchSize, (followers) -> {
			List<Long> audience = (repliedTo != 0)
					? Audience.ofReply(authorId, repliedTo, followers, followersOf(repliedTo, followers)) : followers;
			this.timelines.addToEach(audience, statusId);
		});
	}

	/**
	 * The followers of the replied-to account within the id range of a page of the
	 * author's followers: both lists are in id order, so this seeks instead of reading
	 * every follower of a much-followed account.
	 */
	private Set<Long> followersOf(long repliedTo, List<Long> followers) {
		return this.follows.followersBetween(repliedTo, Collections.min(followers), Collections.max(followers),
				this.batchSize);
	}

}
