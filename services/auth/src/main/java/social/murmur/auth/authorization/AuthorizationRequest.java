package social.murmur.auth.authorization;

import org.jspecify.annotations.Nullable;
import social.murmur.auth.client.Client;
import social.murmur.auth.scope.ScopeSet;

/**
 * An authorization request that passed every check: a known application, one of its
 * redirect URIs, scopes it may ask for, and a usable PKCE challenge if any.
 *
 * @param client the application asking
 * @param redirectUri where the user goes back to
 * @param scopes what it asks for
 * @param state the application's opaque value, if any
 * @param codeChallenge the PKCE challenge, if any
 * @param codeChallengeMethod {@code S256} or {@code plain} when there is a challenge
 */
public record AuthorizationRequest(Client client, String redirectUri, ScopeSet scopes, @Nullable String state,
		@Nullable String codeChallenge, @Nullable String codeChallengeMethod) {

	/** Whether the code is to be shown to the user rather than sent to a redirect URI. */
	public boolean outOfBand() {
		return Client.OUT_OF_BAND.equals(this.redirectUri);
	}

}
