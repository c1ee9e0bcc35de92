package social.murmur.auth.client;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import social.murmur.auth.scope.ScopeSet;
import social.murmur.auth.secret.Secrets;

/**
 * A registered OAuth application (a "client" in OAuth's words). Its secret is kept only
 * as a SHA-256 digest.
 *
 * @param id the application's id
 * @param name the name users see when they authorize it
 * @param website its home page, if it gave one
 * @param redirectUris where authorization may send users back to
 * @param scopes the most it may ever ask for
 * @param clientId its public identifier
 * @param secretDigest SHA-256 of its client secret
 * @param createdAt when it was registered
 */
public record Client(long id, String name, @Nullable String website, List<String> redirectUris, ScopeSet scopes,
		String clientId, byte[] secretDigest, Instant createdAt) {

	/** The redirect URI that asks for the code to be shown rather than sent. */
	public static final String OUT_OF_BAND = "urn:ietf:wg:oauth:2.0:oob";

	public Client {
		redirectUris = List.copyOf(redirectUris);
	}

	/** Whether the given secret is this client's, compared in constant time. */
	public boolean secretMatches(String secret) {
		return Secrets.equalInConstantTime(Secrets.sha256(secret), this.secretDigest);
	}

	/** Whether the given redirect URI is exactly one this client registered. */
	public boolean allowsRedirectUri(@Nullable String redirectUri) {
		return redirectUri != null && this.redirectUris.contains(redirectUri);
	}

}
