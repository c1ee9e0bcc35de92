package social.murmur.interactions.favourite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.web.PageRequest;

/** The favourites table: one row per account and status it liked. */
@Repository
public class Favourites {

	private static final String COLUMNS = "id, account_id, status_id, status_author_id, created_at";

	private final JdbcClient jdbc;

	private final IdGenerator ids;

	public Favourites(JdbcClient jdbc, IdGenerator ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	/** Records a like unless there is one; answers whether it was new. */
	public boolean add(long accountId, long statusId, long statusAuthorId) {
		return this.jdbc.sql("""
				insert into favourites (id, account_id, status_id, status_author_id)
				values (:id, :accountId, :statusId, :statusAuthorId)
				on conflict (account_id, status_id) do nothing
				""")
			.param("id", this.ids.next())
			.param("accountId", accountId)
			.param("statusId", statusId)
			.param("statusAuthorId", statusAuthorId)
			.update() == 1;
	}

	/** Removes a like; answers whether there was one. */
	public boolean remove(long accountId, long statusId) {
		return this.jdbc.sql("delete from favourites where account_id = :accountId and status_id = :statusId")
			.param("accountId", accountId)
			.param("statusId", statusId)
			.update() == 1;
	}

	/** Which of the statuses the account liked, in one indexed query. */
	public Set<Long> likedAmong(long accountId, Collection<Long> statusIds) {
		if (statusIds.isEmpty()) {
			return Set.of();
		}
		return this.jdbc.sql(
				"select status_id from favourites where account_id = :accountId and status_id = any(:statusIds::bigint[])")
			.param("accountId", accountId)
			.param("statusIds", statusIds.stream().mapToLong(Long::longValue).toArray())
			.query(Long.class)
			.set();
	}

	/** The ids of statuses the account liked, at most {@code limit} of them. */
	public List<Long> statusIdsLikedBy(long accountId, int limit) {
		return this.jdbc.sql("select status_id from favourites where account_id = :accountId limit :limit")
			.param("accountId", accountId)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** A page of a status's likes, newest first. */
	public List<Favourite> ofStatus(long statusId, PageRequest page) {
		PageQuery query = PageQuery.of(page, "id");
		return query.newestFirst(this.jdbc
			.sql("select " + COLUMNS + " from favourites where status_id = :statusId" + query.conditions()
					+ query.orderBy())
			.params(query.params())
			.param("statusId", statusId)
			.query(Favourites::map)
			.list());
	}

	/** A page of an account's likes, newest first. */
	public List<Favourite> byAccount(long accountId, PageRequest page) {
		PageQuery query = PageQuery.of(page, "id");
		return query.newestFirst(this.jdbc
			.sql("select " + COLUMNS + " from favourites where account_id = :accountId" + query.conditions()
					+ query.orderBy())
			.params(query.params())
			.param("accountId", accountId)
			.query(Favourites::map)
			.list());
	}

	/** Deletes every like of a status; answers who had liked it. */
	public List<Long> deleteAllOf(long statusId) {
		return this.jdbc.sql("delete from favourites where status_id = :statusId returning account_id")
			.param("statusId", statusId)
			.query(Long.class)
			.list();
	}

	private static Favourite map(ResultSet row, int number) throws SQLException {
		return new Favourite(row.getLong("id"), row.getLong("account_id"), row.getLong("status_id"),
				row.getLong("status_author_id"), row.getTimestamp("created_at").toInstant());
	}

}
