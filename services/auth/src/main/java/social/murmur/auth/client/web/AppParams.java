package social.murmur.auth.client.web;

import org.jspecify.annotations.Nullable;
import social.murmur.auth.client.ClientRegistration;

/**
 * The form of {@code POST /api/v1/apps}. Values stay untyped here because Mastodon
 * accepts {@code redirect_uris} as a string or an array.
 *
 * @param clientName the application's name
 * @param redirectUris one or more redirect URIs
 * @param scopes space-separated scopes
 * @param website the application's home page
 */
record AppParams(@Nullable Object clientName, @Nullable Object redirectUris, @Nullable Object scopes,
		@Nullable Object website) {

	ClientRegistration toRegistration() {
		return new ClientRegistration(this.clientName, this.redirectUris, this.scopes, this.website);
	}

}
