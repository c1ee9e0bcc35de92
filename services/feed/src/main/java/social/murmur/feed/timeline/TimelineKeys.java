package social.murmur.feed.timeline;

import java.util.List;

/**
 * Redis keys of a home timeline. The account id is the hash tag, so the sorted set and
 * its marker live in the same Redis Cluster slot and one script may touch both.
 */
public final class TimelineKeys {

	/** Marker value of a timeline built from the sources and kept current since. */
	static final String BUILT = "built";

	/**
	 * Marker value while a timeline is being built: fan-out already writes into it, reads
	 * do not trust it yet.
	 */
	static final String BUILDING = "building";

	private TimelineKeys() {
	}

	/** The sorted set of status ids, scored by id. */
	public static String timeline(long accountId) {
		return "timeline:home:{" + accountId + "}";
	}

	/**
	 * Says that the timeline exists, even while empty (Redis deletes an empty sorted
	 * set).
	 */
	public static String marker(long accountId) {
		return "timeline:home:{" + accountId + "}:built";
	}

	static List<String> both(long accountId) {
		return List.of(timeline(accountId), marker(accountId));
	}

}
