package social.murmur.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * Mastodon paging parameters. {@code max_id} pages towards older items; {@code min_id}
 * pages towards newer items starting right after it; {@code since_id} gives the newest
 * items newer than it. Ids are exclusive bounds.
 *
 * @param maxId return items older than this id
 * @param sinceId return the newest items newer than this id
 * @param minId return the items immediately newer than this id
 * @param limit how many items, already clamped to the endpoint's maximum
 */
public record PageRequest(@Nullable Long maxId, @Nullable Long sinceId, @Nullable Long minId, int limit) {

	/**
	 * Whether this page is read upwards from {@code min_id} (oldest first, then
	 * reversed).
	 */
	public boolean ascending() {
		return this.minId != null;
	}

	/** The exclusive lower bound: {@code min_id} if given, else {@code since_id}. */
	public @Nullable Long lowerBound() {
		return (this.minId != null) ? this.minId : this.sinceId;
	}

	public static PageRequest first(int limit) {
		return new PageRequest(null, null, null, limit);
	}

}
