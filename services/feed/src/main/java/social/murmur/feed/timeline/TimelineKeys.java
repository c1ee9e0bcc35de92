package social.murmur.feed.timeline;

import java.util.List;

/**
 * Redis keys of the feed. Keys of one account's home timeline share a hash tag (the
 * account id), so they live in the same Redis Cluster slot and one script may touch them
 * all; so do the keys of one author's celebrity statuses. Keys of different accounts are
 * never used in one command, only in one pipeline.
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

	/** The sorted set of status ids, scored by {@link IdWindow#score(long)}. */
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

	/**
	 * The celebrities an account follows, whose statuses are merged into its timeline
	 * when read: their ids, comma-separated (empty when none).
	 */
	public static String celebrities(long accountId) {
		return "timeline:home:{" + accountId + "}:celebrities";
	}

	/**
	 * The latest statuses of a celebrity, which are not fanned out: a sorted set like a
	 * home timeline.
	 */
	public static String celebrityStatuses(long authorId) {
		return "timeline:author:{" + authorId + "}";
	}

	/**
	 * Says that the followers of a celebrity have been told (their lists of followed
	 * celebrities evicted) since it became one.
	 */
	public static String celebrityAnnounced(long authorId) {
		return "timeline:author:{" + authorId + "}:announced";
	}

	static List<String> both(long accountId) {
		return List.of(timeline(accountId), marker(accountId));
	}

}
