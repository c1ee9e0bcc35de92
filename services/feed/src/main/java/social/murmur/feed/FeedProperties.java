package social.murmur.feed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the feed service, under {@code murmur.feed.*} (environment:
 * {@code MURMUR_FEED_*}).
 *
 * @param timelineSize how many statuses a home timeline keeps (Mastodon and Twitter keep
 * 800)
 * @param fanOutBatchSize how many followers are read and written per round trip when a
 * status is fanned out
 * @param fanOutConcurrency how many statuses each instance fans out at the same time,
 * each by a different author; a fan-out mostly waits for users, posts and Redis, so on a
 * busy machine one at a time falls behind (ADR 0015)
 * @param followMergeSize how many of a newly followed account's latest statuses are
 * merged into the follower's home timeline
 * @param celebrityThreshold from how many followers on an author's statuses are not
 * fanned out but merged into their followers' timelines when read
 * @param activeDays how many days after its last read a home timeline is kept and fanned
 * out to; after that it expires and is rebuilt when read again
 * @param rebuildWait how long a read waits for a missing timeline to be rebuilt before
 * answering 206 (Partial Content) with an empty page while the build goes on
 * @param statusCacheTtl how long a hydrated status stays cached
 * @param accountCacheTtl how long an author's account stays cached (its counts are as old
 * as this at most; profile changes evict it at once)
 * @param celebrityCacheTtl how long a reader's list of followed celebrities stays cached
 * (follows and unfollows evict it at once)
 * @param renderedStatusesSize how much memory statuses rendered as JSON may take in each
 * instance, reused by every read that shows them until the status or its author changes
 * @param favouritesDeadline how long a home read waits for interactions' like counts and
 * the viewer's likes before it serves the page with none (zero likes, not favourited)
 * @param publicChannelsTtl how long the public and hashtag channels a public status was
 * published on are remembered, so that its deletion is published on them too; a status
 * deleted later gets no {@code delete} there
 * @param celebrityNewestTtl how long each instance keeps the newest statuses of each
 * celebrity in memory for first pages of home timelines; a celebrity's new status shows
 * in other instances' reads this much later at most (the instance that adds it shows it
 * at once); zero keeps none
 * @param authorMemoryTtl how long each instance keeps an author's cached account in
 * memory, saving a Redis round trip per home read; a profile change shows in other
 * instances' reads this much later at most (the instance that learns of it shows it at
 * once); zero keeps none
 */
@ConfigurationProperties("murmur.feed")
public record FeedProperties(@DefaultValue("800") int timelineSize, @DefaultValue("1000") int fanOutBatchSize,
		@DefaultValue("8") int fanOutConcurrency, @DefaultValue("40") int followMergeSize,
		@DefaultValue("10000") long celebrityThreshold, @DefaultValue("30") int activeDays,
		@DefaultValue("2s") Duration rebuildWait, @DefaultValue("24h") Duration statusCacheTtl,
		@DefaultValue("1h") Duration accountCacheTtl, @DefaultValue("1h") Duration celebrityCacheTtl,
		@DefaultValue("32MB") DataSize renderedStatusesSize, @DefaultValue("300ms") Duration favouritesDeadline,
		@DefaultValue("3d") Duration publicChannelsTtl, @DefaultValue("1s") Duration celebrityNewestTtl,
		@DefaultValue("5s") Duration authorMemoryTtl) {

	public FeedProperties {
		if (timelineSize < 1 || fanOutBatchSize < 1 || fanOutConcurrency < 1 || followMergeSize < 1
				|| celebrityThreshold < 1 || activeDays < 1) {
			throw new IllegalArgumentException("murmur.feed sizes must be positive");
		}
		if (renderedStatusesSize.toBytes() < 0) {
			throw new IllegalArgumentException("murmur.feed.rendered-statuses-size must not be negative");
		}
		if (!rebuildWait.isPositive() || !statusCacheTtl.isPositive() || !accountCacheTtl.isPositive()
				|| !celebrityCacheTtl.isPositive() || !favouritesDeadline.isPositive()
				|| !publicChannelsTtl.isPositive()) {
			throw new IllegalArgumentException("murmur.feed durations must be positive");
		}
		if (celebrityNewestTtl.isNegative() || authorMemoryTtl.isNegative()) {
			throw new IllegalArgumentException(
					"murmur.feed.celebrity-newest-ttl and author-memory-ttl must not be negative");
		}
	}

	/** How long a home timeline lives after its last read. */
	public Duration activeTtl() {
		return Duration.ofDays(this.activeDays);
	}

}
