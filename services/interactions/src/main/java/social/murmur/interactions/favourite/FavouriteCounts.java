package social.murmur.interactions.favourite;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code favourites_count} per status, changed in the transaction that adds or removes
 * the like, with a revision that grows by one in the same statement. A status nobody
 * liked has no row: a count of zero at revision zero.
 */
@Repository
public class FavouriteCounts {

	private final JdbcClient jdbc;

	public FavouriteCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A status's count and the revision of the row it was read from. */
	public record Counted(long count, long revision) {

		static final Counted NEVER_LIKED = new Counted(0, 0);

	}

	/** Adds one to the status's count; answers the new count. */
	public Counted increment(long statusId) {
		return this.jdbc.sql("""
				insert into status_favourite_counts (status_id, favourites_count, revision) values (:statusId, 1, 1)
				on conflict (status_id)
				do update set favourites_count = status_favourite_counts.favourites_count + 1,
				              revision = status_favourite_counts.revision + 1
				returning favourites_count, revision
				""")
			.param("statusId", statusId)
			.query((row, number) -> new Counted(row.getLong("favourites_count"), row.getLong("revision")))
			.single();
	}

	/** Takes one from the status's count; answers the new count. */
	public Counted decrement(long statusId) {
		return this.jdbc.sql("""
				update status_favourite_counts
				set favourites_count = greatest(favourites_count - 1, 0), revision = revision + 1
				where status_id = :statusId
				returning favourites_count, revision
				""")
			.param("statusId", statusId)
			.query((row, number) -> new Counted(row.getLong("favourites_count"), row.getLong("revision")))
			.optional()
			.orElse(Counted.NEVER_LIKED);
	}

	/**
	 * The counts of the statuses, by id, in one query; zero at revision zero for those
	 * nobody liked.
	 */
	public Map<Long, Counted> counts(Collection<Long> statusIds) {
		Map<Long, Counted> counts = new HashMap<>();
		statusIds.forEach((id) -> counts.put(id, Counted.NEVER_LIKED));
		if (statusIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select status_id, favourites_count, revision from status_favourite_counts
				where status_id = any(:statusIds::bigint[])
				""").param("statusIds", statusIds.stream().mapToLong(Long::longValue).toArray()).query((row) -> {
			counts.put(row.getLong("status_id"), new Counted(row.getLong("favourites_count"), row.getLong("revision")));
		});
		return counts;
	}

	/**
	 * Deletes a deleted status's count.
	 * @return the revision the row had, if there was one
	 */
	public Optional<Long> delete(long statusId) {
		return this.jdbc.sql("delete from status_favourite_counts where status_id = :statusId returning revision")
			.param("statusId", statusId)
			.query(Long.class)
			.optional();
	}

}
