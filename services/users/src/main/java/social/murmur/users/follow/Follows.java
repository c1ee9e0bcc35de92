package social.murmur.users.follow;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The follow graph, in the {@code follows} table. */
@Repository
public class Follows {

	private static final String COLUMNS = "id, follower_id, followee_id, notify, show_reblogs, languages, created_at";

	private final JdbcClient jdbc;

	public Follows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a follow unless the follower already follows the followee.
	 * @return the new follow, or empty when there already was one
	 */
	Optional<Follow> insertIfAbsent(Follow follow) {
		return this.jdbc.sql("insert into follows (" + COLUMNS + """
				) values (:id, :followerId, :followeeId, :notify, :showReblogs, cast(:languages as text[]), :createdAt)
				on conflict (follower_id, followee_id) do nothing
				returning
				""" + COLUMNS)
			.param("id", follow.id())
			.param("followerId", follow.followerId())
			.param("followeeId", follow.followeeId())
			.param("notify", follow.notifying())
			.param("showReblogs", follow.showReblogs())
			.param("languages", (follow.languages() != null) ? follow.languages().toArray(String[]::new) : null)
			.param("createdAt", follow.createdAt().atOffset(ZoneOffset.UTC))
			.query(Follows::follow)
			.optional();
	}

	/** The follow, locked until the end of the transaction. */
	Optional<Follow> findForUpdate(long followerId, long followeeId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from follows where follower_id = :followerId and followee_id = :followeeId for update
				""").param("followerId", followerId).param("followeeId", followeeId).query(Follows::follow).optional();
	}

	void updateOptions(Follow follow) {
		this.jdbc.sql("""
				update follows set notify = :notify, show_reblogs = :showReblogs, languages = cast(:languages as text[])
				where id = :id
				""")
			.param("id", follow.id())
			.param("notify", follow.notifying())
			.param("showReblogs", follow.showReblogs())
			.param("languages", (follow.languages() != null) ? follow.languages().toArray(String[]::new) : null)
			.update();
	}

	/**
	 * @return the follow that was deleted, or empty when there was none
	 */
	Optional<Follow> delete(long followerId, long followeeId) {
		return this.jdbc.sql("""
				delete from follows where follower_id = :followerId and followee_id = :followeeId
				returning
				""" + COLUMNS)
			.param("followerId", followerId)
			.param("followeeId", followeeId)
			.query(Follows::follow)
			.optional();
	}

	/** The viewer's follows of any of the given accounts. */
	public List<Follow> followsOf(long followerId, Collection<Long> followeeIds) {
		if (followeeIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + """
				 from follows where follower_id = :followerId and followee_id = any(:followeeIds)
				""")
			.param("followerId", followerId)
			.param("followeeIds", followeeIds.toArray(Long[]::new))
			.query(Follows::follow)
			.list();
	}

	/** Which of the given accounts follow the followee. */
	public List<Long> followersAmong(long followeeId, Collection<Long> followerIds) {
		if (followerIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select follower_id from follows where followee_id = :followeeId and follower_id = any(:followerIds)
				""")
			.param("followeeId", followeeId)
			.param("followerIds", followerIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	/**
	 * A page of an account's followers, newest follow first (see {@link Cursor}).
	 */
	public List<Follow> followers(long followeeId, Cursor cursor) {
		return page("followee_id", followeeId, cursor);
	}

	/**
	 * A page of the accounts an account follows, newest follow first (see
	 * {@link Cursor}).
	 */
	public List<Follow> following(long followerId, Cursor cursor) {
		return page("follower_id", followerId, cursor);
	}

	private List<Follow> page(String ownerColumn, long ownerId, Cursor cursor) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from follows where " + ownerColumn + " = :owner");
		if (cursor.maxId() != null) {
			sql.append(" and id < :maxId");
		}
		Long lowerBound = (cursor.minId() != null) ? cursor.minId() : cursor.sinceId();
		if (lowerBound != null) {
			sql.append(" and id > :lowerBound");
		}
		boolean ascending = cursor.minId() != null;
		sql.append(ascending ? " order by id asc" : " order by id desc").append(" limit :limit");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString())
			.param("owner", ownerId)
			.param("limit", cursor.limit());
		if (cursor.maxId() != null) {
			statement = statement.param("maxId", cursor.maxId());
		}
		if (lowerBound != null) {
			statement = statement.param("lowerBound", lowerBound);
		}
		List<Follow> follows = statement.query(Follows::follow).list();
		return ascending ? follows.reversed() : follows;
	}

	/**
	 * Follower ids of an account in ascending order after the given id, for fan-out.
	 */
	public List<Long> followerIdsAfter(long followeeId, long afterId, int limit, boolean notifyOnly) {
		return this.jdbc
			.sql("select follower_id from follows where followee_id = :followeeId and follower_id > :afterId"
					+ (notifyOnly ? " and notify" : "") + " order by follower_id limit :limit")
			.param("followeeId", followeeId)
			.param("afterId", afterId)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** Every account the given account follows, in ascending id order. */
	public List<Long> followeeIds(long followerId) {
		return this.jdbc.sql("select followee_id from follows where follower_id = :followerId order by followee_id")
			.param("followerId", followerId)
			.query(Long.class)
			.list();
	}

	private static Follow follow(ResultSet row, int rowNumber) throws SQLException {
		Array languages = row.getArray("languages");
		return new Follow(row.getLong("id"), row.getLong("follower_id"), row.getLong("followee_id"),
				row.getBoolean("notify"), row.getBoolean("show_reblogs"),
				(languages != null) ? List.of((String[]) languages.getArray()) : null,
				row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * Mastodon paging over follow ids: {@code maxId} pages towards older follows,
	 * {@code minId} towards newer ones starting right after it, {@code sinceId} gives the
	 * newest follows newer than it. All bounds are exclusive.
	 */
	public record Cursor(@Nullable Long maxId, @Nullable Long sinceId, @Nullable Long minId, int limit) {
	}

}
