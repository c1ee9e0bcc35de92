package social.murmur.notifications.streaming;

import java.util.Arrays;
import java.util.Optional;

import social.murmur.contracts.streaming.StreamEvent;
import social.murmur.platform.identity.Identity;

/**
 * The Mastodon streams Murmur serves, with the scope each needs and the events it
 * carries. Other Mastodon streams ({@code public}, {@code hashtag}, {@code list}...) are
 * unknown here.
 */
enum StreamName {

	/** Everything for the account: home timeline updates and deletions, notifications. */
	USER("user", "read:statuses"),

	/** Notifications only. */
	USER_NOTIFICATION("user:notification", "read:notifications");

	private final String wireName;

	private final String scope;

	StreamName(String wireName, String scope) {
		this.wireName = wireName;
		this.scope = scope;
	}

	String wireName() {
		return this.wireName;
	}

	boolean allowedFor(Identity identity) {
		return identity.allows(this.scope);
	}

	boolean carries(StreamEvent event) {
		return this == USER || event.isNotification();
	}

	static Optional<StreamName> of(String wireName) {
		return Arrays.stream(values()).filter((name) -> name.wireName.equals(wireName.trim())).findFirst();
	}

	/** Whether the identity may read any stream at all. */
	static boolean anyAllowedFor(Identity identity) {
		return Arrays.stream(values()).anyMatch((name) -> name.allowedFor(identity));
	}

}
