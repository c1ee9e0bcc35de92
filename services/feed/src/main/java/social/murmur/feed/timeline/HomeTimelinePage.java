package social.murmur.feed.timeline;

import java.util.List;

import social.murmur.feed.cache.CachedStatus;

/**
 * A page of a home timeline.
 *
 * @param statuses the statuses, newest first
 * @param regenerating whether the timeline is still being rebuilt, so that the page is
 * empty for now (Mastodon answers 206 then)
 */
public record HomeTimelinePage(List<CachedStatus> statuses, boolean regenerating) {

	static HomeTimelinePage of(List<CachedStatus> statuses) {
		return new HomeTimelinePage(statuses, false);
	}

	static HomeTimelinePage stillRegenerating() {
		return new HomeTimelinePage(List.of(), true);
	}

}
