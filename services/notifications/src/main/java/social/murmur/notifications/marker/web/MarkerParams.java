package social.murmur.notifications.marker.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import social.murmur.notifications.marker.Marker;
import social.murmur.platform.web.ApiException;

/**
 * The body of {@code POST /api/v1/markers}: {@code home[last_read_id]} and
 * {@code notifications[last_read_id]} as form fields, or the same nested in JSON. Other
 * timelines are ignored, as Mastodon ignores them.
 *
 * @param home where the home timeline was read to
 * @param notifications where the notifications were read to
 */
record MarkerParams(@Nullable Position home, @Nullable Position notifications) {

	/**
	 * @param lastReadId the id of the newest item read; a string (JSON numbers are taken
	 * too)
	 */
	record Position(@JsonProperty("last_read_id") @Nullable String lastReadId) {
	}

	/**
	 * The given positions by timeline, or 422 (and nothing saved) when any of them is not
	 * an id.
	 */
	Map<String, Long> positions() {
		Map<String, Long> positions = new LinkedHashMap<>();
		if (this.home != null) {
			positions.put(Marker.HOME, id(this.home));
		}
		if (this.notifications != null) {
			positions.put(Marker.NOTIFICATIONS, id(this.notifications));
		}
		return positions;
	}

	private static long id(Position position) {
		String value = position.lastReadId();
		if (value == null || value.isBlank()) {
			throw ApiException.unprocessable("Validation failed: Last read can't be blank");
		}
		try {
			long id = Long.parseLong(value.trim());
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw ApiException.unprocessable("Validation failed: Last read is not a valid id");
	}

}
