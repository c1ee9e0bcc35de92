package social.murmur.auth.client.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import social.murmur.auth.client.Client;

/**
 * Mastodon's Application entity, as {@code GET /api/v1/apps/verify_credentials} shows it:
 * no client credentials.
 *
 * @param id the application's id
 * @param name its name
 * @param website its home page, or null
 * @param scopes the scopes it may ask for
 * @param redirectUri its redirect URIs joined by newlines (deprecated by Mastodon 4.3)
 * @param redirectUris its redirect URIs
 * @param vapidKey the push key; Murmur has no Web Push, so empty (deprecated by Mastodon
 * 4.3)
 */
record Application(String id, String name, @Nullable String website, List<String> scopes, String redirectUri,
		List<String> redirectUris, String vapidKey) {

	static Application of(Client client) {
		return new Application(Long.toString(client.id()), client.name(), client.website(), client.scopes().values(),
				String.join("\n", client.redirectUris()), client.redirectUris(), "");
	}

}
