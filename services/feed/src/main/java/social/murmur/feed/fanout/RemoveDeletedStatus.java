package social.murmur.feed.fanout;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.cache.StatusCache;
import social.murmur.feed.source.Follows;
import social.murmur.feed.timeline.CelebrityStatuses;
import social.murmur.feed.timeline.HomeTimelines;

/**
 * Removes a deleted status from the cache, the author's celebrity list and the home
 * timelines of its author and every follower (whether it was fanned out or not: the
 * author may have crossed the celebrity threshold since, and rebuilt timelines hold
 * celebrities' statuses too). Any other timeline that still holds it (a mentioned
 * account's, for a direct status) drops it when read, because it is no longer cached and
 * posts no longer returns it.
 */
@Service
public class RemoveDeletedStatus {

	private final HomeTimelines timelines;

	private final CelebrityStatuses celebrityStatuses;

	private final StatusCache cache;

	private final Follows follows;

	private final int batchSize;

	public RemoveDeletedStatus(HomeTimelines timelines, CelebrityStatuses celebrityStatuses, StatusCache cache,
			Follows follows, FeedProperties properties) {
		this.timelines = timelines;
		this.celebrityStatuses = celebrityStatuses;
		this.cache = cache;
		this.follows = follows;
		this.batchSize = properties.fanOutBatchSize();
	}

	public void remove(StatusDeleted status) {
		long statusId = status.getStatusId();
		this.celebrityStatuses.remove(status.getAuthorId(), statusId);
		this.timelines.removeFromEach(List.of(status.getAuthorId()), statusId);
		this.follows.forEachFollowerPage(status.getAuthorId(), this.batchSize,
				(followers) -> this.timelines.removeFromEach(followers, statusId));
		// Last, so that a retry after a failure still finds the parent, whose replies
		// count changed and which only the cached copy knows.
		List<Long> evicted = new ArrayList<>(List.of(statusId));
		this.cache.cachedParentOf(statusId).ifPresent(evicted::add);
		this.cache.evictStatuses(evicted);
	}

}
