package social.murmur.posts.status;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.protobuf.InvalidProtocolBufferException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import social.murmur.contracts.media.v1.MediaAttachment;

/**
 * The statuses table with its mentions, tags and media attachments. Reads return live
 * (not deleted) statuses only, each with its mentions, tags and attachments, in one query
 * however many are asked for.
 */
@Repository
public class Statuses {

	/**
	 * Mentions, tags and media attachments come along as arrays, so hydrating n statuses
	 * is one query.
	 */
	private static final String SELECT = """
			select s.id, s.account_id, s.text, s.content, s.spoiler_text, s.sensitive, s.visibility, s.language,
			       s.in_reply_to_id, s.in_reply_to_account_id, s.replies_count, s.created_at,
			       array(select m.account_id from status_mentions m where m.status_id = s.id order by m.ordinal) as mention_ids,
			       array(select m.username from status_mentions m where m.status_id = s.id order by m.ordinal) as mention_usernames,
			       array(select t.name from status_tags t where t.status_id = s.id order by t.ordinal) as tag_names,
			       array(select a.attachment from status_media_attachments a where a.status_id = s.id order by a.position) as media_attachments
			from statuses s
			""";

	private final JdbcClient jdbc;

	public Statuses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Status> find(long id) {
		return this.jdbc.sql(SELECT + " where s.id = :id and s.deleted_at is null")
			.param("id", id)
			.query(Statuses::status)
			.optional();
	}

	/** The live statuses among the given ids, in the order of the ids. */
	public List<Status> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		long[] array = ids.stream().mapToLong(Long::longValue).distinct().toArray();
		Map<Long, Status> found = new LinkedHashMap<>();
		this.jdbc.sql(SELECT + " where s.id = any(:ids) and s.deleted_at is null")
			.param("ids", array)
			.query(Statuses::status)
			.list()
			.forEach((status) -> found.put(status.id(), status));
		List<Status> ordered = new ArrayList<>(found.size());
		for (long id : array) {
			Status status = found.get(id);
			if (status != null) {
				ordered.add(status);
			}
		}
		return ordered;
	}

	/**
	 * Whether a status with this id was ever stored, deleted or not: an idempotency key
	 * may name an id whose status is not stored yet (see {@link PublishStatus}).
	 */
	public boolean exists(long id) {
		return this.jdbc.sql("select exists (select 1 from statuses where id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Stores a new status with its mentions, tags and attachments.
	 * @return false, storing nothing, when a status with this id exists already (a
	 * concurrent retry of the same request stored it first)
	 */
	public boolean insert(Status status) {
		int inserted = this.jdbc.sql("""
				insert into statuses (id, account_id, text, content, spoiler_text, sensitive, visibility, language,
				                      in_reply_to_id, in_reply_to_account_id, replies_count, created_at)
				values (:id, :account, :text, :content, :spoiler, :sensitive, :visibility, :language,
				        :replyTo, :replyToAccount, 0, :createdAt)
				on conflict (id) do nothing
				""")
			.param("id", status.id())
			.param("account", status.accountId())
			.param("text", status.text())
			.param("content", status.content())
			.param("spoiler", status.spoilerText())
			.param("sensitive", status.sensitive())
			.param("visibility", status.visibility().apiName())
			.param("language", status.language())
			.param("replyTo", status.inReplyToId())
			.param("replyToAccount", status.inReplyToAccountId())
			.param("createdAt", Timestamp.from(status.createdAt()))
			.update();
		if (inserted == 0) {
			return false;
		}
		if (!status.mentions().isEmpty()) {
			this.jdbc.sql("""
					insert into status_mentions (status_id, account_id, username, ordinal)
					select :id, m.account_id, m.username, m.ordinal - 1
					from unnest(:accounts, :usernames) with ordinality as m(account_id, username, ordinal)
					""")
				.param("id", status.id())
				.param("accounts", status.mentions().stream().mapToLong(StatusMention::accountId).toArray())
				.param("usernames", status.mentions().stream().map(StatusMention::username).toArray(String[]::new))
				.update();
		}
		if (!status.tags().isEmpty()) {
			this.jdbc.sql("""
					insert into status_tags (status_id, name, ordinal)
					select :id, t.name, t.ordinal - 1 from unnest(:names) with ordinality as t(name, ordinal)
					""").param("id", status.id()).param("names", status.tags().toArray(String[]::new)).update();
		}
		int position = 0;
		for (MediaAttachment attachment : status.mediaAttachments()) {
			this.jdbc.sql(
					"insert into status_media_attachments (status_id, position, attachment) values (:id, :position, :attachment)")
				.param("id", status.id())
				.param("position", position++)
				.param("attachment", attachment.toByteArray())
				.update();
		}
		return true;
	}

	/** Marks a status deleted; false when it already was (or never existed). */
	public boolean softDelete(long id) {
		return this.jdbc.sql("update statuses set deleted_at = now() where id = :id and deleted_at is null")
			.param("id", id)
			.update() == 1;
	}

	/** Counts one more reply; false when the parent is gone. */
	public boolean incrementReplies(long id) {
		return this.jdbc
			.sql("update statuses set replies_count = replies_count + 1 where id = :id and deleted_at is null")
			.param("id", id)
			.update() == 1;
	}

	public void decrementReplies(long id) {
		this.jdbc.sql("update statuses set replies_count = greatest(replies_count - 1, 0) where id = :id")
			.param("id", id)
			.update();
	}

	/**
	 * Ids of the newest statuses of the given authors between the exclusive bounds,
	 * newest first, direct messages left out. Each author's statuses are read from the
	 * {@code (account_id, id desc)} index and cut at {@code limit}, so the work is
	 * bounded by authors times limit however much an author has written.
	 * @param maxId exclusive upper bound, or 0 for none
	 * @param minId exclusive lower bound, or 0 for none
	 */
	public List<Long> idsByAuthors(long[] authorIds, long maxId, long minId, int limit) {
		return this.jdbc.sql("""
				select s.id
				from unnest(:authors) as a(account_id)
				cross join lateral (
				    select x.id from statuses x
				    where x.account_id = a.account_id and x.deleted_at is null and x.visibility <> 'direct'
				      and x.id < :maxId and x.id > :minId
				    order by x.id desc
				    limit :limit
				) s
				order by s.id desc
				limit :limit
				""")
			.param("authors", authorIds)
			.param("maxId", (maxId > 0) ? maxId : Long.MAX_VALUE)
			.param("minId", minId)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * The statuses above the given one in its thread, oldest first, at most
	 * {@code limit}.
	 */
	public List<Status> ancestors(Status status, int limit) {
		if (status.inReplyToId() == null) {
			return List.of();
		}
		List<Long> ids = this.jdbc.sql("""
				with recursive chain (id, in_reply_to_id, depth) as (
				    select s.id, s.in_reply_to_id, 1 from statuses s where s.id = :parent
				    union all
				    select s.id, s.in_reply_to_id, c.depth + 1
				    from statuses s join chain c on s.id = c.in_reply_to_id
				    where c.depth < :limit
				)
				select id from chain order by depth desc
				""").param("parent", status.inReplyToId()).param("limit", limit).query(Long.class).list();
		return findAll(ids);
	}

	/**
	 * The replies to a status and their replies, depth first in the order they were
	 * written, at most {@code limit}.
	 */
	public List<Status> descendants(long id, int limit) {
		List<Long> ids = this.jdbc.sql("""
				with recursive tree (id, path) as (
				    select s.id, array[s.id] from statuses s where s.in_reply_to_id = :id and s.deleted_at is null
				    union all
				    select s.id, t.path || s.id
				    from statuses s join tree t on s.in_reply_to_id = t.id
				    where s.deleted_at is null
				)
				select id from tree order by path limit :limit
				""").param("id", id).param("limit", limit).query(Long.class).list();
		return findAll(ids);
	}

	private static Status status(ResultSet row, int number) throws SQLException {
		Long[] mentionIds = array(row.getArray("mention_ids"), Long[].class);
		String[] mentionUsernames = array(row.getArray("mention_usernames"), String[].class);
		List<StatusMention> mentions = new ArrayList<>(mentionIds.length);
		for (int i = 0; i < mentionIds.length; i++) {
			mentions.add(new StatusMention(mentionIds[i], mentionUsernames[i]));
		}
		return new Status(row.getLong("id"), row.getLong("account_id"), row.getString("text"), row.getString("content"),
				row.getString("spoiler_text"), row.getBoolean("sensitive"),
				Visibility.valueOf(row.getString("visibility").toUpperCase(Locale.ROOT)), row.getString("language"),
				nullableLong(row, "in_reply_to_id"), nullableLong(row, "in_reply_to_account_id"),
				row.getLong("replies_count"), row.getTimestamp("created_at").toInstant(), mentions,
				List.of(array(row.getArray("tag_names"), String[].class)), attachments(row));
	}

	private static List<MediaAttachment> attachments(ResultSet row) throws SQLException {
		byte[][] stored = array(row.getArray("media_attachments"), byte[][].class);
		List<MediaAttachment> attachments = new ArrayList<>(stored.length);
		for (byte[] bytes : stored) {
			try {
				attachments.add(MediaAttachment.parseFrom(bytes));
			}
			catch (InvalidProtocolBufferException ex) {
				throw new SQLException("A stored media attachment is not a MediaAttachment message", ex);
			}
		}
		return attachments;
	}

	private static <T> T array(Array array, Class<T> type) throws SQLException {
		return type.cast(array.getArray());
	}

	private static @Nullable Long nullableLong(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : value;
	}

}
