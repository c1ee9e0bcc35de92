package social.murmur.users.account.web;

import org.jspecify.annotations.Nullable;

/**
 * The fields of {@code PATCH /api/v1/accounts/update_credentials} that Murmur keeps.
 * Booleans are bound loosely (JSON booleans, form strings) and read with {@code Flags};
 * other Mastodon fields (avatar, fields_attributes, ...) are ignored.
 */
record UpdateCredentialsParams(@Nullable String displayName, @Nullable String note, @Nullable Object locked,
		@Nullable Object bot, @Nullable Object discoverable, @Nullable Source source) {

	/** The {@code source[...]} fields; only the language is kept. */
	record Source(@Nullable String language) {
	}

}
