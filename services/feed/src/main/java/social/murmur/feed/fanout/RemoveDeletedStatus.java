package social.murmur.feed.fanout;

import java.util.List;

import org.springframework.stereotype.Service;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.source.Follows;
import social.murmur.feed.timeline.HomeTimelines;

/**
 * Removes a deleted status from the home timelines of its author and every follower. Any
 * other timeline that still holds it (a mentioned account's, for a direct status) drops
 * it when read, because posts no longer returns it.
 */
@Service
public class RemoveDeletedStatus {

	private final HomeTimelines timelines;

	private final Follows follows;

	private final int batchSize;

	public RemoveDeletedStatus(HomeTimelines timelines, Follows follows, FeedProperties properties) {
		this.timelines = timelines;
		this.follows = follows;
		this.batchSize = properties.fanOutBatchSize();
	}

	public void remove(StatusDeleted status) {
		this.timelines.removeFromEach(List.of(status.getAuthorId()), status.getStatusId());
		this.follows.forEachFollowerPage(status.getAuthorId(), this.batchSize,
				(followers) -> this.timelines.removeFromEach(followers, status.getStatusId()));
	}

}
