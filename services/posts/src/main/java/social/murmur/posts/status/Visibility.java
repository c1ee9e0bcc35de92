package social.murmur.posts.status;

import java.util.Locale;
import java.util.Optional;

/** Who may see a status, as Mastodon defines it. */
public enum Visibility {

	/** Anyone, and shown on public timelines. */
	PUBLIC,

	/** Anyone, but left out of public timelines. */
	UNLISTED,

	/** The author's followers and the accounts it mentions. */
	PRIVATE,

	/** Only the accounts it mentions. */
	DIRECT;

	/**
	 * The Mastodon name: {@code public}, {@code unlisted}, {@code private},
	 * {@code direct}.
	 */
	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether statuses of this visibility may be shown to anyone (Mastodon calls them
	 * distributable).
	 */
	public boolean isPublicReadable() {
		return this == PUBLIC || this == UNLISTED;
	}

	public static Optional<Visibility> fromApiName(String name) {
		for (Visibility visibility : values()) {
			if (visibility.apiName().equals(name)) {
				return Optional.of(visibility);
			}
		}
		return Optional.empty();
	}

}
