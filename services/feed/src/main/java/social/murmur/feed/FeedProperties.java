package social.murmur.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the feed service, under {@code murmur.feed.*} (environment:
 * {@code MURMUR_FEED_*}).
 *
 * @param timelineSize how many statuses a home timeline keeps (Mastodon and Twitter keep
 * 800)
 * @param fanOutBatchSize how many followers are read and written per round trip when a
 * status is fanned out
 * @param followMergeSize how many of a newly followed account's latest statuses are
 * merged into the follower's home timeline
 */
@ConfigurationProperties("murmur.feed")
public record FeedProperties(@DefaultValue("800") int timelineSize, @DefaultValue("1000") int fanOutBatchSize,
		@DefaultValue("40") int followMergeSize) {

	public FeedProperties {
		if (timelineSize < 1 || fanOutBatchSize < 1 || followMergeSize < 1) {
			throw new IllegalArgumentException("murmur.feed sizes must be positive");
		}
	}

}
