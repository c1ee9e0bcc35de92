package social.murmur.interactions.favourite;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code favourites_count} per status, changed in the transaction that adds or removes
 * the like. A status nobody liked has no row and a count of zero.
 */
@Repository
public class FavouriteCounts {

	private final JdbcClient jdbc;

	public FavouriteCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds one to the status's count; answers the new count. */
	public long increment(long statusId) {
		return this.jdbc.sql("""
				insert into status_favourite_counts (status_id, favourites_count) values (:statusId, 1)
				on conflict (status_id)
				do update set favourites_count = status_favourite_counts.favourites_count + 1
				returning favourites_count
				""").param("statusId", statusId).query(Long.class).single();
	}

	/** Takes one from the status's count; answers the new count. */
	public long decrement(long statusId) {
		return this.jdbc.sql("""
				update status_favourite_counts set favourites_count = greatest(favourites_count - 1, 0)
				where status_id = :statusId
				returning favourites_count
				""").param("statusId", statusId).query(Long.class).optional().orElse(0L);
	}

	public long count(long statusId) {
		return this.jdbc.sql("select favourites_count from status_favourite_counts where status_id = :statusId")
			.param("statusId", statusId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** The counts of the statuses, by id; zero for those nobody liked. */
	public Map<Long, Long> counts(Collection<Long> statusIds) {
		Map<Long, Long> counts = new HashMap<>();
		statusIds.forEach((id) -> counts.put(id, 0L));
		if (statusIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql(
				"select status_id, favourites_count from status_favourite_counts where status_id = any(:statusIds::bigint[])")
			.param("statusIds", statusIds.stream().mapToLong(Long::longValue).toArray())
			.query((row) -> {
				counts.put(row.getLong("status_id"), row.getLong("favourites_count"));
			});
		return counts;
	}

	public void delete(long statusId) {
		this.jdbc.sql("delete from status_favourite_counts where status_id = :statusId")
			.param("statusId", statusId)
			.update();
	}

}
