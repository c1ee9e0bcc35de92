package social.murmur.media.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import social.murmur.media.attachment.image.Dimensions;

/** The media_attachments table, and the orphaned files left by deleted rows. */
@Repository
public class Attachments {

	private static final String SELECT = """
			select id, account_id, status_id, state, description, focus_x, focus_y, original_key, small_key,
			       width, height, small_width, small_height, blurhash, created_at
			from media_attachments
			""";

	private final JdbcClient jdbc;

	public Attachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Attachment attachment) {
		Attachment.Files files = attachment.files();
		this.jdbc
			.sql("""
					insert into media_attachments (id, account_id, state, description, focus_x, focus_y, original_key,
					                               small_key, width, height, small_width, small_height, blurhash, created_at)
					values (:id, :account, :state, :description, :x, :y, :originalKey, :smallKey, :width, :height,
					        :smallWidth, :smallHeight, :blurhash, :createdAt)
					""")
			.param("id", attachment.id())
			.param("account", attachment.accountId())
			.param("state", state(attachment.state()))
			.param("description", attachment.description())
			.param("x", attachment.focus().x())
			.param("y", attachment.focus().y())
			.param("originalKey", (files != null) ? files.originalKey() : null)
			.param("smallKey", (files != null) ? files.smallKey() : null)
			.param("width", (files != null) ? files.original().width() : null)
			.param("height", (files != null) ? files.original().height() : null)
			.param("smallWidth", (files != null) ? files.small().width() : null)
			.param("smallHeight", (files != null) ? files.small().height() : null)
			.param("blurhash", (files != null) ? files.blurhash() : null)
			.param("createdAt", Timestamp.from(attachment.createdAt()))
			.update();
	}

	public Optional<Attachment> find(long id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(Attachments::attachment).optional();
	}

	/** The attachments among the ids, in the order of the ids. */
	public List<Attachment> findAll(Collection<Long> ids) {
		return ordered(ids,
				this.jdbc.sql(SELECT + " where id = any(:ids)")
					.param("ids", ids.stream().mapToLong(Long::longValue).distinct().toArray())
					.query(Attachments::attachment)
					.list());
	}

	/**
	 * The attachments among the ids, locked until the end of the transaction, in the
	 * order of the ids.
	 */
	public List<Attachment> lockAll(Collection<Long> ids) {
		return ordered(ids,
				this.jdbc.sql(SELECT + " where id = any(:ids) order by id for update")
					.param("ids", ids.stream().mapToLong(Long::longValue).distinct().toArray())
					.query(Attachments::attachment)
					.list());
	}

	/** Records the processed files; false when the upload is gone (deleted meanwhile). */
	public boolean complete(long id, Attachment.Files files) {
		return this.jdbc.sql("""
				update media_attachments
				set state = 'ready', original_key = :originalKey, small_key = :smallKey, width = :width,
				    height = :height, small_width = :smallWidth, small_height = :smallHeight, blurhash = :blurhash
				where id = :id and state = 'processing'
				""")
			.param("id", id)
			.param("originalKey", files.originalKey())
			.param("smallKey", files.smallKey())
			.param("width", files.original().width())
			.param("height", files.original().height())
			.param("smallWidth", files.small().width())
			.param("smallHeight", files.small().height())
			.param("blurhash", files.blurhash())
			.update() == 1;
	}

	public void fail(long id) {
		this.jdbc.sql("update media_attachments set state = 'failed' where id = :id and state = 'processing'")
			.param("id", id)
			.update();
	}

	/** Changes alt text and focus of an unattached upload; false once it is attached. */
	public boolean updateDetails(long id, String description, Focus focus) {
		return this.jdbc.sql("""
				update media_attachments set description = :description, focus_x = :x, focus_y = :y
				where id = :id and status_id is null
				""")
			.param("id", id)
			.param("description", description)
			.param("x", focus.x())
			.param("y", focus.y())
			.update() == 1;
	}

	public void attach(long id, long statusId, int position) {
		this.jdbc.sql("""
				update media_attachments set status_id = :status, position = :position, attached_at = now()
				where id = :id and status_id is null
				""").param("id", id).param("status", statusId).param("position", position).update();
	}

	/**
	 * Deletes a status's attachments and records their files as orphaned, in the caller's
	 * transaction.
	 * @return what went
	 */
	public Removed deleteByStatus(long statusId) {
		return orphan(this.jdbc.sql("""
				delete from media_attachments where status_id = :status
				returning original_key, small_key
				""").param("status", statusId).query(Attachments::keys).list());
	}

	/**
	 * Deletes up to {@code limit} uploads never attached and created before the instant,
	 * records their files as orphaned, and returns what went. Rows locked by another
	 * instance doing the same are skipped.
	 */
	public Removed deleteUnattachedBefore(Instant before, int limit) {
		return orphan(this.jdbc.sql("""
				delete from media_attachments where id in (
				    select id from media_attachments
				    where status_id is null and created_at < :before
				    order by created_at
				    limit :limit
				    for update skip locked
				)
				returning original_key, small_key
				""").param("before", Timestamp.from(before)).param("limit", limit).query(Attachments::keys).list());
	}

	/**
	 * Up to {@code limit} attachments attached before the instant to a status not yet
	 * confirmed, oldest first, locked until the end of the transaction. Rows locked by
	 * another instance doing the same are skipped.
	 */
	public List<Unconfirmed> lockUnconfirmedAttachedBefore(Instant before, int limit) {
		return this.jdbc.sql("""
				select id, status_id from media_attachments
				where status_id is not null and status_confirmed_at is null and attached_at < :before
				order by attached_at
				limit :limit
				for update skip locked
				""")
			.param("before", Timestamp.from(before))
			.param("limit", limit)
			.query((row, number) -> new Unconfirmed(row.getLong("id"), row.getLong("status_id")))
			.list();
	}

	/** Records that the attachments' statuses exist, so they are never checked again. */
	public void confirmStatus(Collection<Long> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("update media_attachments set status_confirmed_at = now() where id = any(:ids)")
				.param("ids", ids.stream().mapToLong(Long::longValue).toArray())
				.update();
		}
	}

	/**
	 * Deletes the attachments and records their files as orphaned, in the caller's
	 * transaction.
	 * @return what went
	 */
	public Removed deleteAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return new Removed(0, List.of());
		}
		return orphan(
				this.jdbc.sql("delete from media_attachments where id = any(:ids) returning original_key, small_key")
					.param("ids", ids.stream().mapToLong(Long::longValue).toArray())
					.query(Attachments::keys)
					.list());
	}

	/** Files to delete from the storage, oldest first. */
	public List<String> orphanedFiles(int limit) {
		return this.jdbc.sql("select file_key from orphaned_files order by created_at limit :limit")
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	public void forgetOrphan(String key) {
		this.jdbc.sql("delete from orphaned_files where file_key = :key").param("key", key).update();
	}

	/** Records files to delete, for files stored for an upload that is gone. */
	public void orphanFiles(Collection<String> keys) {
		if (!keys.isEmpty()) {
			this.jdbc.sql("insert into orphaned_files (file_key) select unnest(:keys) on conflict do nothing")
				.param("keys", keys.toArray(String[]::new))
				.update();
		}
	}

	private Removed orphan(List<List<String>> keysPerRow) {
		List<String> keys = keysPerRow.stream().flatMap(List::stream).toList();
		orphanFiles(keys);
		return new Removed(keysPerRow.size(), keys);
	}

	/**
	 * An attachment whose status is not confirmed yet.
	 *
	 * @param id the attachment
	 * @param statusId the status it is attached to
	 */
	public record Unconfirmed(long id, long statusId) {
	}

	/**
	 * Rows deleted and the keys of their files, now orphaned.
	 *
	 * @param rows how many attachments were deleted
	 * @param keys their files, to delete from the storage
	 */
	public record Removed(int rows, List<String> keys) {
	}

	private static List<String> keys(ResultSet row, int number) throws SQLException {
		List<String> keys = new ArrayList<>(2);
		for (String column : new String[] { "original_key", "small_key" }) {
			String key = row.getString(column);
			if (key != null) {
				keys.add(key);
			}
		}
		return keys;
	}

	private static List<Attachment> ordered(Collection<Long> ids, List<Attachment> found) {
		Map<Long, Attachment> byId = new LinkedHashMap<>();
		found.forEach((attachment) -> byId.put(attachment.id(), attachment));
		List<Attachment> result = new ArrayList<>(found.size());
		for (long id : ids.stream().mapToLong(Long::longValue).distinct().toArray()) {
			Attachment attachment = byId.get(id);
			if (attachment != null) {
				result.add(attachment);
			}
		}
		return result;
	}

	private static Attachment attachment(ResultSet row, int number) throws SQLException {
		long statusId = row.getLong("status_id");
		Long status = row.wasNull() ? null : statusId;
		String originalKey = row.getString("original_key");
		Attachment.Files files = (originalKey == null) ? null : new Attachment.Files(originalKey,
				row.getString("small_key"), new Dimensions(row.getInt("width"), row.getInt("height")),
				new Dimensions(row.getInt("small_width"), row.getInt("small_height")), row.getString("blurhash"));
		return new Attachment(row.getLong("id"), row.getLong("account_id"), status, state(row.getString("state")),
				row.getString("description"), new Focus(row.getDouble("focus_x"), row.getDouble("focus_y")), files,
				row.getTimestamp("created_at").toInstant());
	}

	private static String state(Attachment.State state) {
		return switch (state) {
			case PROCESSING -> "processing";
			case READY -> "ready";
			case FAILED -> "failed";
		};
	}

	private static Attachment.State state(String value) {
		return switch (value) {
			case "ready" -> Attachment.State.READY;
			case "failed" -> Attachment.State.FAILED;
			default -> Attachment.State.PROCESSING;
		};
	}

}
