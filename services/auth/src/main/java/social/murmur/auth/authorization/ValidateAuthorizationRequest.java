package social.murmur.auth.authorization;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import social.murmur.auth.client.Client;
import social.murmur.auth.client.Clients;
import social.murmur.auth.scope.ScopeSet;
import social.murmur.auth.scope.UnknownScopeException;

/**
 * Checks an authorization request (GET and POST /oauth/authorize) in the order RFC 6749
 * implies: first what decides whether we may redirect at all (the application and its
 * redirect URI), then the rest.
 */
@Service
public class ValidateAuthorizationRequest {

	/** Longer state values would make redirect headers too long for servers to take. */
	static final int MAX_STATE_LENGTH = 2000;

	private final Clients clients;

	public ValidateAuthorizationRequest(Clients clients) {
		this.clients = clients;
	}

	/**
	 * @throws AuthorizationRequestRejected if the request cannot go on
	 */
	public AuthorizationRequest validate(AuthorizationParameters parameters) {
		Client client = this.clients.findByClientId(parameters.clientId())
			.orElseThrow(() -> AuthorizationRequestRejected.shown("invalid_client",
					"Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."));
		String redirectUri = parameters.redirectUri();
		if (redirectUri == null || redirectUri.isEmpty()) {
			throw AuthorizationRequestRejected.shown("invalid_request", "Missing required parameter: redirect_uri.");
		}
		if (!client.allowsRedirectUri(redirectUri)) {
			throw AuthorizationRequestRejected.shown("invalid_redirect_uri",
					"The requested redirect uri is malformed or doesn't match client redirect URI.");
		}
		String state = parameters.state();
		if (state != null && state.length() > MAX_STATE_LENGTH) {
			throw AuthorizationRequestRejected.shown("invalid_request", "The state parameter is too long.");
		}
		String responseType = parameters.responseType();
		if (responseType == null || responseType.isEmpty()) {
			throw AuthorizationRequestRejected.redirected("invalid_request",
					"Missing required parameter: response_type.", redirectUri, state);
		}
		if (!responseType.equals("code")) {
			throw AuthorizationRequestRejected.redirected("unsupported_response_type",
					"The authorization server does not support this response type.", redirectUri, state);
		}
		ScopeSet scopes = scopes(parameters.scope(), client, redirectUri, state);
		String challenge = emptyToNull(parameters.codeChallenge());
		String method = null;
		if (challenge != null) {
			method = Pkce.method(parameters.codeChallengeMethod());
			if (method == null) {
				throw AuthorizationRequestRejected.redirected("invalid_request",
						"The code challenge method must be plain or S256.", redirectUri, state);
			}
			if (!Pkce.isWellFormed(challenge)) {
				throw AuthorizationRequestRejected.redirected("invalid_request", "The code challenge is malformed.",
						redirectUri, state);
			}
		}
		else if (emptyToNull(parameters.codeChallengeMethod()) != null) {
			throw AuthorizationRequestRejected.redirected("invalid_request",
					"Missing required parameter: code_challenge.", redirectUri, state);
		}
		return new AuthorizationRequest(client, redirectUri, scopes, state, challenge, method);
	}

	private static ScopeSet scopes(@Nullable String scope, Client client, String redirectUri, @Nullable String state) {
		try {
			ScopeSet scopes = ScopeSet.parseOrDefault(scope);
			if (scopes.isSubsetOf(client.scopes())) {
				return scopes;
			}
		}
		catch (UnknownScopeException ex) {
			// reported below, like a scope the application may not ask for
		}
		throw AuthorizationRequestRejected.redirected("invalid_scope",
				"The requested scope is invalid, unknown, or malformed.", redirectUri, state);
	}

	private static @Nullable String emptyToNull(@Nullable String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
