package social.murmur.notifications.notification.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import social.murmur.notifications.notification.NotificationFilter;
import social.murmur.platform.web.ApiException;

/**
 * Reads the filters of {@code GET /api/v1/notifications}: {@code types[]},
 * {@code exclude_types[]} (also accepted without brackets, as some clients send them) and
 * {@code account_id}.
 */
final class NotificationFilterParams {

	private NotificationFilterParams() {
	}

	static NotificationFilter from(HttpServletRequest request) {
		Set<String> types = values(request, "types");
		Set<String> excluded = values(request, "exclude_types");
		return new NotificationFilter(types.isEmpty() ? null : types, excluded, accountId(request));
	}

	private static Set<String> values(HttpServletRequest request, String name) {
		Set<String> values = new LinkedHashSet<>();
		Stream.of(name + "[]", name)
			.map(request::getParameterValues)
			.filter((array) -> array != null)
			.flatMap(Arrays::stream)
			// A blank entry is an empty form field, not a type.
			.map(String::trim)
			.filter((value) -> !value.isEmpty())
			.forEach(values::add);
		return values;
	}

	private static @Nullable Long accountId(HttpServletRequest request) {
		String value = request.getParameter("account_id");
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new ApiException(400, "Invalid value for account_id: " + value);
		}
	}

}
