package social.murmur.contracts.favourites;

import org.jspecify.annotations.Nullable;

/**
 * Where interactions caches like counts and viewers' likes in Redis, and in what format,
 * so that a service rendering statuses can read them in the round trip it already makes
 * instead of asking interactions over gRPC (ADR 0006, addendum).
 * <p>
 * Interactions alone writes these keys. A reader treats every key as optional: a missing
 * or unreadable one means "ask interactions" ({@code GetFavouriteStates}), whose answer
 * also fills the cache for the next read. A reader never writes, deletes or extends them.
 * <ul>
 * <li>{@link #countKey(long)}: a string {@code <revision>:<count>}, with a time to live.
 * A status nobody liked is cached as {@code 0:0}.</li>
 * <li>{@link #favouritedKey(long)}: a set of the decimal ids of the statuses the viewer
 * liked, plus the member {@link #SENTINEL}, with a time to live. Without the sentinel (or
 * without the key) the viewer's likes are not cached; a viewer who liked more than
 * interactions caches has no set at all.</li>
 * </ul>
 * Each key's hash tag is the status or the viewer, so the keys spread over a cluster's
 * slots and a reader sends one single-key command per key.
 */
public final class FavouritesCacheLayout {

	/**
	 * The member every cached liked set holds, so that a cached set with no likes differs
	 * from no set; no status has id 0.
	 */
	public static final String SENTINEL = "0";

	private FavouritesCacheLayout() {
	}

	/** The key of a status's cached like count. */
	public static String countKey(long statusId) {
		return "interactions:favourites-count:{" + statusId + "}";
	}

	/** The key of the set of statuses a viewer liked. */
	public static String favouritedKey(long viewerId) {
		return "interactions:favourited:{" + viewerId + "}";
	}

	/**
	 * The key interactions changes before every change of a viewer's set, in the set's
	 * slot; only interactions reads it.
	 */
	public static String favouritedVersionKey(long viewerId) {
		return "interactions:favourited-version:{" + viewerId + "}";
	}

	/**
	 * The count in a cached value, or -1 when there is none or it is not in this format.
	 */
	public static long count(@Nullable String cached) {
		long revision = revision(cached);
		if (revision < 0 || cached == null) {
			return -1;
		}
		try {
			long count = Long.parseLong(cached, cached.indexOf(':') + 1, cached.length(), 10);
			return (count >= 0) ? count : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/**
	 * The revision in a cached value, or -1 when there is none or it is not in this
	 * format.
	 */
	public static long revision(@Nullable String cached) {
		if (cached == null) {
			return -1;
		}
		int colon = cached.indexOf(':');
		if (colon <= 0) {
			return -1;
		}
		try {
			long revision = Long.parseLong(cached, 0, colon, 10);
			return (revision >= 0) ? revision : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
