package social.murmur.feed.source;

import java.util.Map;
import java.util.Set;

/**
 * What interactions says about the likes of a page of statuses: how many each has, and
 * which of them the viewer has liked. A status it said nothing about has none, which is
 * also what a page shows while interactions cannot be reached.
 *
 * @param counts the like count per status id
 * @param favourited the ids of the statuses the viewer has liked
 */
public record Likes(Map<Long, Long> counts, Set<Long> favourited) {

	/** No likes at all: every count zero, nothing favourited. */
	public static final Likes NONE = new Likes(Map.of(), Set.of());

	public long count(long statusId) {
		Long count = this.counts.get(statusId);
		return (count != null) ? count : 0;
	}

	public boolean favourited(long statusId) {
		return this.favourited.contains(statusId);
	}

}
