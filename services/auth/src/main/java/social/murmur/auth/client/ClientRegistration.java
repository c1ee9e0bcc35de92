package social.murmur.auth.client;

import org.jspecify.annotations.Nullable;

/**
 * What a client sent to register an application, as it came: Mastodon accepts
 * {@code redirect_uris} as a string, a newline-separated string or an array.
 *
 * @param clientName the application's name
 * @param redirectUris one or more redirect URIs
 * @param scopes space-separated scopes, {@code read} when absent
 * @param website the application's home page
 */
public record ClientRegistration(@Nullable Object clientName, @Nullable Object redirectUris, @Nullable Object scopes,
		@Nullable Object website) {
}
