package social.murmur.interactions.favourite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import social.murmur.platform.web.PageRequest;

/**
 * Mastodon's cursors as SQL over an id column: {@code max_id} reads older than it,
 * {@code since_id} the newest newer than it, {@code min_id} the ones immediately newer
 * than it (read ascending, then turned newest first).
 *
 * @param conditions to add to the query's where clause, each starting with {@code and}
 * @param orderBy the order by and limit clause
 * @param params the named parameters of both
 * @param ascending whether the rows come oldest first and must be reversed
 */
record PageQuery(String conditions, String orderBy, Map<String, Object> params, boolean ascending) {

	static PageQuery of(PageRequest page, String idColumn) {
		StringBuilder conditions = new StringBuilder();
		Map<String, Object> params = new LinkedHashMap<>();
		if (page.maxId() != null) {
			conditions.append(" and ").append(idColumn).append(" < :maxId");
			params.put("maxId", page.maxId());
		}
		if (page.lowerBound() != null) {
			conditions.append(" and ").append(idColumn).append(" > :lowerBound");
			params.put("lowerBound", page.lowerBound());
		}
		String orderBy = " order by " + idColumn + (page.ascending() ? " asc" : " desc") + " limit :limit";
		params.put("limit", page.limit());
		return new PageQuery(conditions.toString(), orderBy, params, page.ascending());
	}

	/** The rows as read, newest first. */
	<T> List<T> newestFirst(List<T> rows) {
		if (!this.ascending) {
			return rows;
		}
		List<T> reversed = new ArrayList<>(rows);
		Collections.reverse(reversed);
		return reversed;
	}

}
