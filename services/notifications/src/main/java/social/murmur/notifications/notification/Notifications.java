package social.murmur.notifications.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.web.PageRequest;

/**
 * The notifications table. Every insert is "on conflict do nothing" against the unique
 * (recipient, type, actor, status) index, so applying an event twice adds nothing.
 */
@Repository
public class Notifications {

	private static final String COLUMNS = "id, account_id, type, from_account_id, status_id, created_at";

	private final JdbcClient jdbc;

	private final IdGenerator ids;

	public Notifications(JdbcClient jdbc, IdGenerator ids) {
		this.jdbc = jdbc;
		this.ids = ids;
	}

	/**
	 * Adds one notification unless the same one exists; answers the new notification, or
	 * empty when it was there already.
	 */
	public Optional<StoredNotification> add(long accountId, NotificationType type, long fromAccountId,
			@Nullable Long statusId) {
		return this.jdbc.sql("""
				insert into notifications (id, account_id, type, from_account_id, status_id)
				values (:id, :accountId, :type, :fromAccountId, :statusId)
				on conflict do nothing
				returning\s""" + COLUMNS)
			.param("id", this.ids.next())
			.param("accountId", accountId)
			.param("type", type.wireName())
			.param("fromAccountId", fromAccountId)
			.param("statusId", statusId)
			.query(Notifications::map)
			.optional();
	}

	/**
	 * Adds the same notification about a status for each of the given accounts in one
	 * statement; answers the ones that were new.
	 */
	public List<StoredNotification> addForEach(Collection<Long> accountIds, NotificationType type, long fromAccountId,
			long statusId) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		long[] recipients = accountIds.stream().mapToLong(Long::longValue).toArray();
		long[] newIds = new long[recipients.length];
		for (int i = 0; i < newIds.length; i++) {
			newIds[i] = this.ids.next();
		}
		return this.jdbc.sql("""
				insert into notifications (id, account_id, type, from_account_id, status_id)
				select new.id, new.account_id, :type, :fromAccountId, :statusId
				from unnest(:ids::bigint[], :accountIds::bigint[]) as new (id, account_id)
				on conflict do nothing
				returning\s""" + COLUMNS)
			.param("ids", newIds)
			.param("accountIds", recipients)
			.param("type", type.wireName())
			.param("fromAccountId", fromAccountId)
			.param("statusId", statusId)
			.query(Notifications::map)
			.list();
	}

	public Optional<StoredNotification> find(long accountId, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from notifications where account_id = :accountId and id = :id")
			.param("accountId", accountId)
			.param("id", id)
			.query(Notifications::map)
			.optional();
	}

	/**
	 * One page of an account's notifications, newest first, with Mastodon's cursor
	 * semantics: {@code min_id} pages upwards from just after it, {@code since_id} gives
	 * the newest ones after it.
	 */
	public List<StoredNotification> page(long accountId, NotificationFilter filter, PageRequest page) {
		StringBuilder sql = new StringBuilder(
				"select " + COLUMNS + " from notifications where account_id = :accountId");
		Map<String, Object> params = new HashMap<>();
		params.put("accountId", accountId);
		appendFilter(filter, sql, params);
		if (page.maxId() != null) {
			sql.append(" and id < :maxId");
			params.put("maxId", page.maxId());
		}
		if (page.lowerBound() != null) {
			sql.append(" and id > :lowerBound");
			params.put("lowerBound", page.lowerBound());
		}
		sql.append(page.ascending() ? " order by id asc" : " order by id desc").append(" limit :limit");
		params.put("limit", page.limit());
		List<StoredNotification> found = this.jdbc.sql(sql.toString()).params(params).query(Notifications::map).list();
		if (page.ascending()) {
			List<StoredNotification> newestFirst = new ArrayList<>(found);
			Collections.reverse(newestFirst);
			return newestFirst;
		}
		return found;
	}

	/** Deletes one of an account's notifications; answers whether there was one. */
	public boolean delete(long accountId, long id) {
		return this.jdbc.sql("delete from notifications where account_id = :accountId and id = :id")
			.param("accountId", accountId)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Counts an account's notifications newer than the given id (all of them when it is
	 * null), stopping at {@code limit}: what Mastodon's {@code unread_count} answers.
	 */
	public int countNewerThan(long accountId, @Nullable Long afterId, NotificationFilter filter, int limit) {
		StringBuilder sql = new StringBuilder(
				"select count(*) from (select 1 from notifications where account_id = :accountId");
		Map<String, Object> params = new HashMap<>();
		params.put("accountId", accountId);
		appendFilter(filter, sql, params);
		if (afterId != null) {
			sql.append(" and id > :afterId");
			params.put("afterId", afterId);
		}
		sql.append(" limit :limit) as unread");
		params.put("limit", limit);
		return this.jdbc.sql(sql.toString()).params(params).query(Integer.class).single();
	}

	/**
	 * Deletes the one notification of the given kind, actor and status an account may
	 * have; answers whether there was one.
	 */
	public boolean delete(long accountId, NotificationType type, long fromAccountId, long statusId) {
		return this.jdbc.sql("""
				delete from notifications
				where account_id = :accountId and type = :type and from_account_id = :fromAccountId
				and status_id = :statusId
				""")
			.param("accountId", accountId)
			.param("type", type.wireName())
			.param("fromAccountId", fromAccountId)
			.param("statusId", statusId)
			.update() > 0;
	}

	/** Deletes all of an account's notifications; answers how many there were. */
	public int deleteAll(long accountId) {
		return this.jdbc.sql("delete from notifications where account_id = :accountId")
			.param("accountId", accountId)
			.update();
	}

	/** Deletes every notification about a status, whoever received it. */
	public int deleteAbout(long statusId) {
		return this.jdbc.sql("delete from notifications where status_id = :statusId")
			.param("statusId", statusId)
			.update();
	}

	private static void appendFilter(NotificationFilter filter, StringBuilder sql, Map<String, Object> params) {
		if (filter.types() != null) {
			sql.append(" and type = any(:types::text[])");
			params.put("types", filter.types().toArray(String[]::new));
		}
		if (!filter.excludedTypes().isEmpty()) {
			sql.append(" and type <> all(:excludedTypes::text[])");
			params.put("excludedTypes", filter.excludedTypes().toArray(String[]::new));
		}
		if (filter.fromAccountId() != null) {
			sql.append(" and from_account_id = :fromAccountId");
			params.put("fromAccountId", filter.fromAccountId());
		}
	}

	private static StoredNotification map(ResultSet row, int number) throws SQLException {
		String type = row.getString("type");
		long statusId = row.getLong("status_id");
		return new StoredNotification(row.getLong("id"), row.getLong("account_id"),
				NotificationType.fromWireName(type)
					.orElseThrow(() -> new IllegalStateException("Unknown notification type in database: " + type)),
				row.getLong("from_account_id"), row.wasNull() ? null : statusId,
				row.getTimestamp("created_at").toInstant());
	}

}
