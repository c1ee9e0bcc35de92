package social.murmur.notifications.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When each like was last undone. StatusFavourited and StatusUnfavourited travel on
 * different topics, so an unlike can be applied before the like it undoes; remembering
 * the unlike lets the late like leave nothing behind.
 */
@Repository
public class UndoneFavourites {

	private final JdbcClient jdbc;

	public UndoneFavourites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records an unlike; an older one than already recorded changes nothing. */
	public void record(long accountId, long statusId, long undoneAt) {
		this.jdbc.sql("""
				insert into undone_favourites (account_id, status_id, undone_at)
				values (:accountId, :statusId, :undoneAt)
				on conflict (account_id, status_id)
				do update set undone_at = greatest(undone_favourites.undone_at, excluded.undone_at)
				""").param("accountId", accountId).param("statusId", statusId).param("undoneAt", undoneAt).update();
	}

	/** Whether a like made at the given time has since been undone. */
	public boolean undoneSince(long accountId, long statusId, long favouritedAt) {
		return this.jdbc.sql("""
				select exists (select 1 from undone_favourites
				where account_id = :accountId and status_id = :statusId and undone_at >= :favouritedAt)
				""")
			.param("accountId", accountId)
			.param("statusId", statusId)
			.param("favouritedAt", favouritedAt)
			.query(Boolean.class)
			.single();
	}

}
