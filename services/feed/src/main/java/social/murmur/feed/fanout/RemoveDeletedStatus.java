package social.murmur.feed.fanout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.contracts.posts.v1.Mention;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.cache.StatusCache;
import social.murmur.feed.source.Follows;
import social.murmur.feed.streaming.PublishStatusDeletion;
import social.murmur.feed.streaming.PublishToPublicStreams;
import social.murmur.feed.timeline.CelebrityStatuses;
import social.murmur.feed.timeline.HomeTimelines;

/**
 * Removes a deleted status from the cache, the author's celebrity list and the home
 * timelines of its author and every follower (whether it was fanned out or not: the
 * author may have crossed the celebrity threshold since, and rebuilt timelines hold
 * celebrities' statuses too). Any other timeline that still holds it (a mentioned
 * account's, for a direct status) drops it when read, because it is no longer cached and
 * posts no longer returns it.
 * <p>
 * The connected accounts among the author, the followers and, if the status is still
 * cached, the accounts it mentions get a streaming {@code delete}
 * ({@link PublishStatusDeletion}) once it has left their timelines, and the public and
 * hashtag streams it was published on get one too ({@link PublishToPublicStreams}).
 */
@Service
public class RemoveDeletedStatus {

	private final HomeTimelines timelines;

	private final CelebrityStatuses celebrityStatuses;

	private final StatusCache cache;

	private final Follows follows;

	private final PublishStatusDeletion deletions;

	private final PublishToPublicStreams publicStreams;

	private final int batchSize;

	public RemoveDeletedStatus(HomeTimelines timelines, CelebrityStatuses celebrityStatuses, StatusCache cache,
			Follows follows, PublishStatusDeletion deletions, PublishToPublicStreams publicStreams,
			FeedProperties properties) {
		this.timelines = timelines;
		this.celebrityStatuses = celebrityStatuses;
		this.cache = cache;
		this.follows = follows;
		this.deletions = deletions;
		this.publicStreams = publicStreams;
		this.batchSize = properties.fanOutBatchSize();
	}

	public void remove(StatusDeleted status) {
		long statusId = status.getStatusId();
		long authorId = status.getAuthorId();
		Optional<Status> cached = this.cache.cachedWithoutAuthor(statusId);
		this.celebrityStatuses.remove(authorId, statusId);
		this.timelines.removeFromEach(List.of(authorId), statusId);
		this.deletions.sendTo(statusId, List.of(authorId));
		this.publicStreams.deleted(statusId);
		this.follows.forEachFollowerPage(authorId, this.batchSize, (followers) -> {
			this.timelines.removeFromEach(followers, statusId);
			this.deletions.sendTo(statusId, followers);
		});
		cached.ifPresent((deleted) -> this.deletions.sendTo(statusId,
				deleted.getMentionsList().stream().map(Mention::getAccountId).filter((id) -> id != authorId).toList()));
		// Last, so that a retry after a failure still finds the parent, whose replies
		// count changed and which only the cached copy knows.
		List<Long> evicted = new ArrayList<>(List.of(statusId));
		cached.filter((deleted) -> deleted.getInReplyToId() != 0)
			.ifPresent((deleted) -> evicted.add(deleted.getInReplyToId()));
		this.cache.evictStatuses(evicted);
	}

}
