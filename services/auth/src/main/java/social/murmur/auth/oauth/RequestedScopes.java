package social.murmur.auth.oauth;

import org.jspecify.annotations.Nullable;
import social.murmur.auth.client.Client;
import social.murmur.auth.scope.ScopeSet;
import social.murmur.auth.scope.UnknownScopeException;

/** The {@code scope} parameter of a token request, checked against the application. */
final class RequestedScopes {

	private RequestedScopes() {
	}

	/**
	 * The scopes asked for ({@code read} when none), if the application may have them.
	 * @throws OAuthException {@code invalid_scope} otherwise
	 */
	static ScopeSet of(@Nullable String scope, Client client) {
		try {
			ScopeSet scopes = ScopeSet.parseOrDefault(scope);
			if (scopes.isSubsetOf(client.scopes())) {
				return scopes;
			}
		}
		catch (UnknownScopeException ex) {
			// the same answer as for a scope the application may not ask for
		}
		throw OAuthException.invalidScope();
	}

}
