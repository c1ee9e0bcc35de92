package social.murmur.feed.fanout;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.contracts.users.v1.Account;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.cache.CachedStatus;
import social.murmur.feed.cache.StatusCache;
import social.murmur.feed.redis.Pipeline;
import social.murmur.feed.redis.Pipelines;
import social.murmur.feed.source.Accounts;
import social.murmur.feed.source.Follows;
import social.murmur.feed.source.Statuses;
import social.murmur.feed.streaming.PublishStatusUpdate;
import social.murmur.feed.timeline.CelebrityStatuses;
import social.murmur.feed.timeline.FollowedCelebrities;
import social.murmur.feed.timeline.HomeTimelines;

/**
 * Fan-out on write: puts a published status into the home timelines of its author and
 * followers (see {@link Audience}), a page of followers per pipelined Redis round trip.
 * Only timelines that exist are written: a missing one is built when first read, an
 * expired one belongs to an account that has not read it for a while.
 * <p>
 * A celebrity's status (see {@link FollowedCelebrities}) goes only into the author's list
 * of latest statuses, merged into followers' timelines when they read them; the first
 * time, the author is added to followers' cached lists of followed celebrities so that
 * they start merging. First of all, the status and its author are cached for hydration:
 * one call to posts and one to users per status, not per follower, made at the same time.
 * A status posts no longer has is not fanned out at all.
 * <p>
 * What every status needs before its followers' timelines takes one pipelined round trip
 * to Redis: caching the status and its author, evicting a reply's parent, the author's
 * own timeline, the public streams. The followers then take one round trip per page of
 * followers, and users is asked for the next page while one is written.
 * <p>
 * After each batch of timelines is written, the connected accounts among its recipients
 * get a streaming {@code update} ({@link PublishStatusUpdate}); for a celebrity's status,
 * the connected accounts that follow the author. A public status also goes, once, on the
 * public and hashtag streams (see
 * {@link PublishStatusUpdate.Update#sendToPublicStreams}). Replays may send it again;
 * clients recognise a status by its id.
 * <p>
 * Every step is idempotent, so an event processed again after a crash halfway (or
 * replayed) changes nothing that was done already.
 */
@Service
public class FanOutStatus {

	private final HomeTimelines timelines;

	private final CelebrityStatuses celebrityStatuses;

	private final FollowedCelebrities celebrities;

	private final StatusCache cache;

	private final Follows follows;

	private final Statuses statuses;

	private final Accounts accounts;

	private final PublishStatusUpdate updates;

	private final Pipelines pipelines;

	private final int batchSize;

	public FanOutStatus(HomeTimelines timelines, CelebrityStatuses celebrityStatuses, FollowedCelebrities celebrities,
			StatusCache cache, Follows follows, Statuses statuses, Accounts accounts, PublishStatusUpdate updates,
			Pipelines pipelines, FeedProperties properties) {
		this.timelines = timelines;
		this.celebrityStatuses = celebrityStatuses;
		this.celebrities = celebrities;
		this.cache = cache;
		this.follows = follows;
		this.statuses = statuses;
		this.accounts = accounts;
		this.updates = updates;
		this.pipelines = pipelines;
		this.batchSize = properties.fanOutBatchSize();
	}

	public void fanOut(StatusPublished status) {
		long statusId = status.getStatusId();
		long authorId = status.getAuthorId();
		boolean direct = Audience.isDirect(status);
		// Users is asked for the author while posts is asked for the status.
		Accounts.@Nullable Lookup authorLookup = direct ? null : this.accounts.byIdLater(authorId);
		List<social.murmur.contracts.posts.v1.Status> found;
		try {
			found = this.statuses.byIds(List.of(statusId));
		}
		catch (RuntimeException ex) {
			cancel(authorLookup);
			throw ex;
		}
		if (found.isEmpty()) {
			// Deleted since (the deletion travels on another topic and may have been
			// applied first), or an old event replayed: fanning it out would bring it
			// back.
			cancel(authorLookup);
			return;
		}
		if (authorLookup == null) {
			// Direct: only the mentioned accounts, whoever follows the author.
			fanOutDirect(status, found.getFirst());
			return;
		}
		Optional<Account> author = authorLookup.get();
		// With the author as users has it, so that home reads reuse the rendering.
		social.murmur.contracts.posts.v1.Status published = author
			.map((account) -> found.getFirst().toBuilder().setAccount(account).build())
			.orElseGet(found::getFirst);
		PublishStatusUpdate.Update update = this.updates.of(CachedStatus.of(published));
		boolean celebrity = author.map(this.celebrities::isCelebrity).orElse(false);
		// One round trip for what every status needs before its followers.
		this.pipelines.run((pipeline) -> {
			cache(pipeline, status, published);
			this.timelines.addToEach(pipeline, List.of(authorId), statusId);
			if (!celebrity) {
				this.celebrityStatuses.forgetAnnounced(pipeline, authorId);
			}
			// Once per status, before the followers: the public streams do not wait
			// for them.
			update.sendToPublicStreams(pipeline);
		});
		update.sendTo(List.of(authorId));
		long repliedTo = Audience.repliedToOther(status);
		// A reply to someone else reaches only those who follow both: not every
		// follower, so it cannot be merged in for all of them and is fanned out.
		if (celebrity && repliedTo == 0) {
			this.celebrityStatuses.add(authorId, statusId);
			announceCelebrity(authorId);
			update.sendToFollowersOf(authorId, author.get().getFollowersCount());
			return;
		}
		this.follows.forEachFollowerPage(authorId, this.batchSize, (followers) -> {
			List<Long> audience = (repliedTo != 0)
					? Audience.ofReply(authorId, repliedTo, followers, followersOf(repliedTo, followers)) : followers;
			this.timelines.addToEach(audience, statusId);
			update.sendTo(audience);
		});
	}

	private void fanOutDirect(StatusPublished status, social.murmur.contracts.posts.v1.Status published) {
		Set<Long> audience = Audience.ofDirect(status);
		this.pipelines.run((pipeline) -> {
			cache(pipeline, status, published);
			this.timelines.addToEach(pipeline, audience, status.getStatusId());
		});
		this.updates.of(CachedStatus.of(published)).sendTo(audience);
	}

	private static void cancel(Accounts.@Nullable Lookup lookup) {
		if (lookup != null) {
			lookup.cancel();
		}
	}

	/**
	 * Caches the status for hydration; a reply's parent leaves the cache, as its replies
	 * count changed.
	 */
	private void cache(Pipeline pipeline, StatusPublished status, social.murmur.contracts.posts.v1.Status published) {
		this.cache.put(pipeline, published);
		if (status.getInReplyToId() != 0) {
			this.cache.evictStatus(pipeline, status.getInReplyToId());
		}
	}

	/**
	 * Adds the author to the cached celebrities of followers who cached them before it
	 * became one, so they start merging its statuses. Adding, not evicting: an evicted
	 * list costs users two calls (whom the reader follows, and their follower counts) on
	 * the reader's next home read, and when a much-followed account first posts that is
	 * every active follower at once. Adding is idempotent and marked done only at the
	 * end, so a crash halfway repeats it.
	 */
	private void announceCelebrity(long authorId) {
		if (this.celebrityStatuses.announced(authorId)) {
			return;
		}
		this.follows.forEachFollowerPage(authorId, this.batchSize,
				(followers) -> this.timelines.addCelebrityToEach(followers, authorId));
		this.celebrityStatuses.markAnnounced(authorId);
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
