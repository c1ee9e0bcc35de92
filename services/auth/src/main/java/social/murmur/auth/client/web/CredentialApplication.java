package social.murmur.auth.client.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import social.murmur.auth.client.RegisteredClient;

/**
 * Mastodon's CredentialApplication entity: an {@link Application} with the client
 * credentials, returned once, when the application is registered.
 *
 * @param id the application's id
 * @param name its name
 * @param website its home page, or null
 * @param scopes the scopes it may ask for
 * @param redirectUri its redirect URIs joined by newlines
 * @param redirectUris its redirect URIs
 * @param vapidKey always empty
 * @param clientId the client id for OAuth
 * @param clientSecret the client secret for OAuth
 * @param clientSecretExpiresAt zero: secrets do not expire
 */
record CredentialApplication(String id, String name, @Nullable String website, List<String> scopes, String redirectUri,
		List<String> redirectUris, String vapidKey, String clientId, String clientSecret, long clientSecretExpiresAt) {

	static CredentialApplication of(RegisteredClient registered) {
		Application application = Application.of(registered.client());
		return new CredentialApplication(application.id(), application.name(), application.website(),
				application.scopes(), application.redirectUri(), application.redirectUris(), application.vapidKey(),
				registered.client().clientId(), registered.clientSecret(), 0);
	}

}
