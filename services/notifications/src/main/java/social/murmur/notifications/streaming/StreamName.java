package social.murmur.notifications.streaming;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import social.murmur.contracts.streaming.PublicStreams;
import social.murmur.contracts.streaming.StreamEvent;
import social.murmur.platform.identity.Identity;

/**
 * The Mastodon streams Murmur serves: the account's own ({@code user},
 * {@code user:notification}), which need a scope and come on the account's channel, and
 * the public timelines and hashtags, which need none (as in Mastodon) and come on the
 * {@link PublicStreams} channels. Every account is local, so {@code public:local} is
 * {@code public} under another name, and {@code public:remote} is accepted but never gets
 * an event. Other Mastodon streams ({@code list}, {@code direct}...) are unknown here.
 */
enum StreamName {

	/** Everything for the account: home timeline updates and deletions, notifications. */
	USER("user", "read:statuses"),

	/** Notifications only. */
	USER_NOTIFICATION("user:notification", "read:notifications"),

	PUBLIC("public", null),

	PUBLIC_LOCAL("public:local", null),

	PUBLIC_REMOTE("public:remote", null),

	PUBLIC_MEDIA("public:media", null),

	PUBLIC_LOCAL_MEDIA("public:local:media", null),

	PUBLIC_REMOTE_MEDIA("public:remote:media", null),

	/** A hashtag's public statuses; needs a {@code tag}. */
	HASHTAG("hashtag", null),

	/** The same, local ones only: all of them. */
	HASHTAG_LOCAL("hashtag:local", null);

	private final String wireName;

	private final @Nullable String scope;

	StreamName(String wireName, @Nullable String scope) {
		this.wireName = wireName;
		this.scope = scope;
	}

	String wireName() {
		return this.wireName;
	}

	boolean allowedFor(Identity identity) {
		return this.scope == null || identity.allows(this.scope);
	}

	/** Whether it is one of the account's streams, fed from the account's channel. */
	boolean isUsers() {
		return this == USER || this == USER_NOTIFICATION;
	}

	/** Whether a subscription names a {@code tag}. */
	boolean needsTag() {
		return this == HASHTAG || this == HASHTAG_LOCAL;
	}

	/**
	 * Whether an event from the account's channel belongs on this stream: everything on
	 * {@code user}, notifications on {@code user:notification}, nothing on the others.
	 */
	boolean carries(StreamEvent event) {
		return this == USER || (this == USER_NOTIFICATION && event.isNotification());
	}

	/**
	 * The public or hashtag channel this stream's events come on, or null for the
	 * account's streams and the remote ones.
	 */
	@Nullable String channel(@Nullable String tag) {
		return switch (this) {
			case PUBLIC, PUBLIC_LOCAL -> PublicStreams.PUBLIC;
			case PUBLIC_MEDIA, PUBLIC_LOCAL_MEDIA -> PublicStreams.PUBLIC_MEDIA;
			case HASHTAG, HASHTAG_LOCAL -> (tag != null) ? PublicStreams.hashtag(tag) : null;
			case USER, USER_NOTIFICATION, PUBLIC_REMOTE, PUBLIC_REMOTE_MEDIA -> null;
		};
	}

	static Optional<StreamName> of(String wireName) {
		return Arrays.stream(values()).filter((name) -> name.wireName.equals(wireName.trim())).findFirst();
	}

	/**
	 * Whether the identity may read any of the account's streams: what a connection
	 * opened without naming a stream (or naming an unknown one) needs.
	 */
	static boolean anyOfTheAccountsAllowedFor(Identity identity) {
		return Arrays.stream(values()).filter(StreamName::isUsers).anyMatch((name) -> name.allowedFor(identity));
	}

}
