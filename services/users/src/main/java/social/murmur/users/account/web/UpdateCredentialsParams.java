package social.murmur.users.account.web;

import org.jspecify.annotations.Nullable;

/**
 * The text fields of {@code PATCH /api/v1/accounts/update_credentials} that Murmur keeps.
 * Booleans are bound loosely (JSON booleans, form strings) and read with {@code Flags}.
 * The {@code avatar} and {@code header} files are multipart parts, bound by the
 * controller; other Mastodon fields ({@code fields_attributes}, ...) are ignored.
 */
record UpdateCredentialsParams(@Nullable String displayName, @Nullable String note, @Nullable Object locked,
		@Nullable Object bot, @Nullable Object discoverable, @Nullable Source source) {

	/** The {@code source[...]} fields; only the language is kept. */
	record Source(@Nullable String language) {
	}

}
