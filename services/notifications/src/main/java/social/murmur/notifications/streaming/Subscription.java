package social.murmur.notifications.streaming;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One stream a connection follows: its name and, for a hashtag stream, the tag as the
 * client wrote it, which Mastodon repeats in each event's {@code stream} field
 * ({@code ["hashtag","Cats"]}). Two subscriptions are the same when they name the same
 * stream on the same channel, so {@code Cats} and {@code cats} are one (as Mastodon keys
 * them by channel), while {@code public} and {@code public:local} are two that share a
 * channel and each get its events.
 *
 * @param name the stream
 * @param tag the tag as given, for a hashtag stream; null otherwise
 */
record Subscription(StreamName name, @Nullable String tag) {

	/** Mastodon's answer to a hashtag stream without a tag. */
	static final String MISSING_TAG = "Missing tag name parameter";

	/**
	 * The subscription to a stream, or null when it needs a tag and none (or a blank one)
	 * was given. A tag given to another stream is ignored.
	 */
	static @Nullable Subscription of(StreamName name, @Nullable String tag) {
		if (!name.needsTag()) {
			return new Subscription(name, null);
		}
		return (tag == null || tag.isBlank()) ? null : new Subscription(name, tag);
	}

	/**
	 * The public or hashtag channel its events come on; null for the account's streams
	 * (which come on the account's channel) and for those that never get one.
	 */
	@Nullable String channel() {
		return this.name.channel(this.tag);
	}

	/** What identifies it among a connection's subscriptions. */
	String key() {
		String channel = channel();
		return (this.name.needsTag() && channel != null) ? this.name.wireName() + " " + channel : this.name.wireName();
	}

	/** Mastodon's {@code stream} field of the events it delivers. */
	List<String> wireStream() {
		return (this.tag != null) ? List.of(this.name.wireName(), this.tag) : List.of(this.name.wireName());
	}

}
