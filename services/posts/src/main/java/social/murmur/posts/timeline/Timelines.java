package social.murmur.posts.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import social.murmur.platform.web.PageRequest;

/**
 * Pages of status ids, newest first, for the lists Mastodon has: an account's statuses,
 * the public timeline and hashtag timelines. Each query walks an index in id order and
 * stops at the limit; the statuses themselves are then read in one query by id.
 */
@Repository
class Timelines {

	/**
	 * {@code only_media}: statuses with at least one attachment (the first has position
	 * 0).
	 */
	private static final String WITH_MEDIA = " and exists (select 1 from status_media_attachments a"
			+ " where a.status_id = s.id and a.position = 0)";

	private final JdbcClient jdbc;

	Timelines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param viewerId the reader, for statuses that mention them; null when anonymous
	 * @param excludeReplies leave out replies to other accounts (threads of one's own
	 * stay)
	 * @param onlyMedia only statuses with media attachments
	 * @param tag only statuses with this normalized hashtag, or null
	 */
	List<Long> ofAccount(long accountId, Audience audience, @Nullable Long viewerId, boolean excludeReplies,
			boolean onlyMedia, @Nullable String tag, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		params.put("account", accountId);
		StringBuilder sql = new StringBuilder(
				"select s.id from statuses s where s.account_id = :account and s.deleted_at is null");
		switch (audience) {
			case ANONYMOUS -> sql.append(" and s.visibility in ('public', 'unlisted')");
			case OTHER, FOLLOWER -> {
				sql.append(" and (s.visibility in (:visible) or exists (select 1 from status_mentions m"
						+ " where m.status_id = s.id and m.account_id = :viewer))");
				params.put("visible", (audience == Audience.FOLLOWER) ? List.of("public", "unlisted", "private")
						: List.of("public", "unlisted"));
				params.put("viewer", viewerId);
			}
			case AUTHOR -> {
				// everything the author wrote
			}
		}
		if (excludeReplies) {
			sql.append(" and (s.in_reply_to_account_id is null or s.in_reply_to_account_id = s.account_id)");
		}
		if (tag != null) {
			sql.append(" and exists (select 1 from status_tags t where t.status_id = s.id and t.name = :tag)");
			params.put("tag", tag);
		}
		if (onlyMedia) {
			sql.append(WITH_MEDIA);
		}
		return page(sql, "s.id", params, page);
	}

	/**
	 * Public statuses that are not replies to someone else. The condition is the
	 * predicate of the {@code statuses_public_timeline} index, word for word.
	 */
	List<Long> publicTimeline(boolean onlyMedia, PageRequest page) {
		StringBuilder sql = new StringBuilder("""
				select s.id from statuses s
				where s.visibility = 'public' and s.deleted_at is null
				  and (s.in_reply_to_account_id is null or s.in_reply_to_account_id = s.account_id)""");
		if (onlyMedia) {
			sql.append(WITH_MEDIA);
		}
		return page(sql, "s.id", new HashMap<>(), page);
	}

	/** Public statuses with the query's tags, replies included (as in Mastodon). */
	List<Long> tagged(TagQuery query, boolean onlyMedia, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		params.put("anyOf", query.anyOf());
		StringBuilder sql = new StringBuilder("""
				select distinct t.status_id from status_tags t join statuses s on s.id = t.status_id
				where t.name in (:anyOf) and s.visibility = 'public' and s.deleted_at is null""");
		for (int i = 0; i < query.all().size(); i++) {
			sql.append(" and exists (select 1 from status_tags a where a.status_id = s.id and a.name = :all")
				.append(i)
				.append(")");
			params.put("all" + i, query.all().get(i));
		}
		if (!query.none().isEmpty()) {
			sql.append(" and not exists (select 1 from status_tags n where n.status_id = s.id and n.name in (:none))");
			params.put("none", query.none());
		}
		if (onlyMedia) {
			sql.append(WITH_MEDIA);
		}
		return page(sql, "t.status_id", params, page);
	}

	/**
	 * Adds Mastodon's cursors: {@code max_id} and {@code since_id} read down from the
	 * newest, {@code min_id} reads up from just after it (then the page is turned newest
	 * first).
	 */
	private List<Long> page(StringBuilder sql, String idColumn, Map<String, Object> params, PageRequest page) {
		if (page.maxId() != null) {
			sql.append(" and ").append(idColumn).append(" < :maxId");
			params.put("maxId", page.maxId());
		}
		if (page.lowerBound() != null) {
			sql.append(" and ").append(idColumn).append(" > :lowerBound");
			params.put("lowerBound", page.lowerBound());
		}
		sql.append(" order by ").append(idColumn).append(page.ascending() ? " asc" : " desc").append(" limit :limit");
		params.put("limit", page.limit());
		List<Long> ids = new ArrayList<>(this.jdbc.sql(sql.toString()).params(params).query(Long.class).list());
		if (page.ascending()) {
			Collections.reverse(ids);
		}
		return ids;
	}

}
