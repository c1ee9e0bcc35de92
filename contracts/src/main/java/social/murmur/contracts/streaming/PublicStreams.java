package social.murmur.contracts.streaming;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How events reach Mastodon's timeline streams that are not one account's: {@code public}
 * (with its alias {@code public:local}, since every account is local),
 * {@code public:media}, {@code hashtag} and {@code hashtag:local}, whichever
 * notifications instance holds the connections.
 * <p>
 * Feed publishes each public status once, as a {@link StreamEvent} in JSON:
 * {@code update} with the status rendered for no viewer on {@link #PUBLIC}, also on
 * {@link #PUBLIC_MEDIA} when it has media attachments, and on {@link #hashtag(String)}
 * for each of its tags; on deletion, {@code delete} with the status id on the same
 * channels. Unlisted, private and direct statuses never reach these channels. A
 * notifications instance subscribes to a channel while at least one of its connections
 * follows the stream, and adds the {@code stream} field per connection
 * ({@code ["public"]}, {@code ["hashtag","cats"]}). Publishing is fire and forget, as for
 * {@link UserStreams}.
 */
public final class PublicStreams {

	/** Every public status. */
	public static final String PUBLIC = "murmur:stream:public";

	/** Public statuses with at least one media attachment. */
	public static final String PUBLIC_MEDIA = "murmur:stream:public:media";

	private static final String HASHTAG_PREFIX = "murmur:stream:hashtag:";

	private PublicStreams() {
	}

	/**
	 * The channel of a hashtag's stream: the tag without its {@code #}, lower-cased
	 * (Mastodon matches tags case-insensitively).
	 */
	public static String hashtag(String tag) {
		String name = tag.startsWith("#") ? tag.substring(1) : tag;
		return HASHTAG_PREFIX + name.toLowerCase(Locale.ROOT);
	}

	/** The tag a hashtag channel carries, or {@code null} when it is not one. */
	public static @Nullable String tagOf(String channel) {
		return channel.startsWith(HASHTAG_PREFIX) ? channel.substring(HASHTAG_PREFIX.length()) : null;
	}

}
