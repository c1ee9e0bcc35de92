package social.murmur.auth.authorization.web;

import org.jspecify.annotations.Nullable;
import social.murmur.auth.authorization.AuthorizationParameters;

/**
 * The query of {@code GET /oauth/authorize}, and the form of the sign-in page that
 * repeats it with the user's answer.
 *
 * @param clientId the application's client id
 * @param redirectUri where to send the user back to
 * @param responseType must be {@code code}
 * @param scope the scopes asked for
 * @param state the application's opaque value
 * @param codeChallenge the PKCE challenge
 * @param codeChallengeMethod {@code S256} or {@code plain}
 * @param username the e-mail address or username typed in
 * @param password the password typed in
 * @param decision {@code authorize} or {@code deny}
 */
record AuthorizeParams(@Nullable String clientId, @Nullable String redirectUri, @Nullable String responseType,
		@Nullable String scope, @Nullable String state, @Nullable String codeChallenge,
		@Nullable String codeChallengeMethod, @Nullable String username, @Nullable String password,
		@Nullable String decision) {

	AuthorizationParameters toParameters() {
		return new AuthorizationParameters(this.clientId, this.redirectUri, this.responseType, this.scope, this.state,
				this.codeChallenge, this.codeChallengeMethod);
	}

	boolean denied() {
		return "deny".equals(this.decision);
	}

}
