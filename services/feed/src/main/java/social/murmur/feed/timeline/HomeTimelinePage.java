package social.murmur.feed.timeline;

import java.util.List;

import social.murmur.feed.cache.CachedStatus;
import social.murmur.feed.source.Likes;

/**
 * A page of a home timeline.
 *
 * @param statuses the statuses, newest first
 * @param likes their like counts and the reader's likes, none when interactions did not
 * answer in time
 * @param regenerating whether the timeline is still being rebuilt, so that the page is
 * empty for now (Mastodon answers 206 then)
 */
public record HomeTimelinePage(List<CachedStatus> statuses, Likes likes, boolean regenerating) {

	static HomeTimelinePage of(List<CachedStatus> statuses, Likes likes) {
		return new HomeTimelinePage(statuses, likes, false);
	}

	static HomeTimelinePage empty() {
		return of(List.of(), Likes.NONE);
	}

	static HomeTimelinePage stillRegenerating() {
		return new HomeTimelinePage(List.of(), Likes.NONE, true);
	}

}
