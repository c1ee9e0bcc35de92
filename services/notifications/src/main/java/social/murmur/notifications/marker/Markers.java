package social.murmur.notifications.marker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The markers table: one row per account and timeline. */
@Repository
public class Markers {

	private final JdbcClient jdbc;

	public Markers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The account's markers among the given timelines; timelines without one are left
	 * out.
	 */
	public List<Marker> find(long accountId, Collection<String> timelines) {
		if (timelines.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select timeline, last_read_id, version, updated_at from markers
				where account_id = :accountId and timeline = any(:timelines::text[])
				""")
			.param("accountId", accountId)
			.param("timelines", timelines.toArray(String[]::new))
			.query(Markers::map)
			.list();
	}

	public Optional<Marker> find(long accountId, String timeline) {
		return find(accountId, List.of(timeline)).stream().findFirst();
	}

	/**
	 * Moves a marker, or sets it for the first time at version 0. Setting it where it
	 * already is changes nothing, not even the version, as in Mastodon.
	 */
	public Marker save(long accountId, String timeline, long lastReadId) {
		this.jdbc.sql("""
				insert into markers (account_id, timeline, last_read_id)
				values (:accountId, :timeline, :lastReadId)
				on conflict (account_id, timeline) do update
				set last_read_id = excluded.last_read_id, version = markers.version + 1, updated_at = now()
				where markers.last_read_id <> excluded.last_read_id
				""").param("accountId", accountId).param("timeline", timeline).param("lastReadId", lastReadId).update();
		return find(accountId, timeline)
			.orElseThrow(() -> new IllegalStateException("Marker " + timeline + " of " + accountId + " not saved"));
	}

	private static Marker map(ResultSet row, int number) throws SQLException {
		return new Marker(row.getString("timeline"), row.getLong("last_read_id"), row.getInt("version"),
				row.getTimestamp("updated_at").toInstant());
	}

}
