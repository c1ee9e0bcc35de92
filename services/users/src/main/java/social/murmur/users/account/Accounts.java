package social.murmur.users.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Profiles and their counters, in the {@code accounts} and {@code account_stats} tables.
 */
@Repository
public class Accounts {

	private static final String SELECT = """
			select a.id, a.username, a.display_name, a.note, a.locked, a.bot, a.discoverable, a.language,
			       a.avatar_url, a.header_url, a.created_at, a.updated_at, s.followers_count, s.following_count,
			       s.statuses_count, s.last_status_at
			from accounts a join account_stats s on s.account_id = a.id
			""";

	private final JdbcClient jdbc;

	public Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Account> findById(long id) {
		return this.jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(Accounts::account).optional();
	}

	/**
	 * Locks the profile row until the end of the transaction, for a read-modify-write.
	 */
	Optional<Account> findByIdForUpdate(long id) {
		return this.jdbc.sql(SELECT + " where a.id = :id for update of a")
			.param("id", id)
			.query(Accounts::account)
			.optional();
	}

	/**
	 * The accounts with the given ids, in no particular order; unknown ids are left out.
	 */
	public List<Account> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where a.id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(Accounts::account)
			.list();
	}

	/** Which of the given ids name an account. */
	public Set<Long> existingIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("select id from accounts where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	public Optional<Account> findByUsername(String username) {
		return this.jdbc.sql(SELECT + " where lower(a.username) = lower(:username)")
			.param("username", username)
			.query(Accounts::account)
			.optional();
	}

	/** The accounts with any of the given usernames, whatever their case. */
	public List<Account> findAllByUsername(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return List.of();
		}
		String[] lowered = usernames.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toArray(String[]::new);
		return this.jdbc.sql(SELECT + " where lower(a.username) = any(:usernames)")
			.param("usernames", lowered)
			.query(Accounts::account)
			.list();
	}

	public boolean exists(long id) {
		return this.jdbc.sql("select exists (select 1 from accounts where id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Stores a new account with zeroed counters, unless its id or its username (in any
	 * case) is taken.
	 * @return whether the account was stored
	 */
	boolean insertIfAbsent(long id, String username, String displayName, @Nullable String language) {
		int inserted = this.jdbc.sql("""
				insert into accounts (id, username, display_name, language)
				values (:id, :username, :displayName, :language)
				on conflict do nothing
				""")
			.param("id", id)
			.param("username", username)
			.param("displayName", displayName)
			.param("language", language)
			.update();
		if (inserted == 0) {
			return false;
		}
		this.jdbc.sql("insert into account_stats (account_id) values (:id)").param("id", id).update();
		return true;
	}

	/** Stores every editable field of the profile as the given account has it. */
	void updateProfile(Account profile) {
		this.jdbc.sql("""
				update accounts
				set display_name = :displayName, note = :note, locked = :locked, bot = :bot,
				    discoverable = :discoverable, language = :language, avatar_url = :avatarUrl,
				    header_url = :headerUrl, updated_at = now()
				where id = :id
				""")
			.param("id", profile.id())
			.param("displayName", profile.displayName())
			.param("note", profile.note())
			.param("locked", profile.locked())
			.param("bot", profile.bot())
			.param("discoverable", profile.discoverable())
			.param("language", profile.language())
			.param("avatarUrl", profile.avatarUrl())
			.param("headerUrl", profile.headerUrl())
			.update();
	}

	/**
	 * Moves the follow counters of both sides of a follow by {@code delta} (+1 for a new
	 * follow, -1 for an unfollow), never below zero. Call it in the transaction that
	 * writes or deletes the follow.
	 */
	public void adjustFollowCounts(long followerId, long followeeId, int delta) {
		this.jdbc.sql("""
				update account_stats
				set following_count = greatest(following_count + :delta, 0)
				where account_id = :followerId
				""").param("delta", delta).param("followerId", followerId).update();
		this.jdbc.sql("""
				update account_stats
				set followers_count = greatest(followers_count + :delta, 0)
				where account_id = :followeeId
				""").param("delta", delta).param("followeeId", followeeId).update();
	}

	void countStatusPublished(long accountId, Instant at) {
		this.jdbc.sql("""
				update account_stats
				set statuses_count = statuses_count + 1,
				    last_status_at = greatest(coalesce(last_status_at, :at), :at)
				where account_id = :id
				""").param("id", accountId).param("at", Timestamp.from(at)).update();
	}

	void countStatusDeleted(long accountId) {
		this.jdbc.sql("""
				update account_stats set statuses_count = greatest(statuses_count - 1, 0)
				where account_id = :id
				""").param("id", accountId).update();
	}

	public long count() {
		return this.jdbc.sql("select count(*) from accounts").query(Long.class).single();
	}

	/**
	 * Accounts that posted or were created since the given instant: the nearest this
	 * service comes to Mastodon's "active users", as sign-ins are auth's business.
	 */
	public long countActiveSince(Instant since) {
		return this.jdbc.sql("""
				select count(*) from accounts a join account_stats s on s.account_id = a.id
				where s.last_status_at >= :since or a.created_at >= :since
				""").param("since", Timestamp.from(since)).query(Long.class).single();
	}

	public long countStatuses() {
		return this.jdbc.sql("select coalesce(sum(statuses_count), 0) from account_stats").query(Long.class).single();
	}

	private static Account account(ResultSet row, int rowNumber) throws SQLException {
		return new Account(row.getLong("id"), row.getString("username"), row.getString("display_name"),
				row.getString("note"), row.getBoolean("locked"), row.getBoolean("bot"), row.getBoolean("discoverable"),
				row.getString("language"), row.getString("avatar_url"), row.getString("header_url"),
				instant(row, "created_at"), instant(row, "updated_at"), row.getLong("followers_count"),
				row.getLong("following_count"), row.getLong("statuses_count"), nullableInstant(row, "last_status_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Instant value = nullableInstant(row, column);
		if (value == null) {
			throw new SQLException("Column " + column + " is null");
		}
		return value;
	}

	private static @Nullable Instant nullableInstant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
