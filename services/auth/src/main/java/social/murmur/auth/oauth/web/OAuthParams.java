package social.murmur.auth.oauth.web;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of {@code POST /oauth/token} and {@code POST /oauth/revoke}, from a
 * form, a JSON body or the query alike.
 *
 * @param grantType {@code client_credentials}, {@code password} or
 * {@code authorization_code}
 * @param clientId the application's client id (unless sent with HTTP Basic)
 * @param clientSecret the application's client secret (unless sent with HTTP Basic)
 * @param scope the scopes asked for, space separated
 * @param code the authorization code
 * @param redirectUri the redirect URI of the authorization request
 * @param codeVerifier the PKCE verifier
 * @param username an e-mail address or username, for the password grant
 * @param password the password, for the password grant
 * @param token the token to revoke
 */
record OAuthParams(@Nullable String grantType, @Nullable String clientId, @Nullable String clientSecret,
		@Nullable String scope, @Nullable String code, @Nullable String redirectUri, @Nullable String codeVerifier,
		@Nullable String username, @Nullable String password, @Nullable String token) {
}
