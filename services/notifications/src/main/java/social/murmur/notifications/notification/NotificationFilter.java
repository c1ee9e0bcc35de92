package social.murmur.notifications.notification;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which of an account's notifications to read, as Mastodon's {@code types[]},
 * {@code exclude_types[]} and {@code account_id} parameters select them. Type names are
 * kept as given: a requested type this service does not know simply matches nothing.
 *
 * @param types only these types, or null for every type
 * @param excludedTypes none of these types
 * @param fromAccountId only notifications caused by this account, or null for anyone
 */
public record NotificationFilter(@Nullable Set<String> types, Set<String> excludedTypes, @Nullable Long fromAccountId) {

	public static final NotificationFilter NONE = new NotificationFilter(null, Set.of(), null);

	public NotificationFilter {
		types = (types != null) ? Set.copyOf(types) : null;
		excludedTypes = Set.copyOf(excludedTypes);
	}

}
