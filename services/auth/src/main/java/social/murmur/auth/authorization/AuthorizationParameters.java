package social.murmur.auth.authorization;

import org.jspecify.annotations.Nullable;

/**
 * The OAuth parameters of an authorization request, as they came.
 *
 * @param clientId the application's client id
 * @param redirectUri where to send the user back to
 * @param responseType must be {@code code}
 * @param scope the scopes asked for, space separated; {@code read} when absent
 * @param state an opaque value the application gets back unchanged
 * @param codeChallenge the PKCE challenge
 * @param codeChallengeMethod {@code S256} or {@code plain}
 */
public record AuthorizationParameters(@Nullable String clientId, @Nullable String redirectUri,
		@Nullable String responseType, @Nullable String scope, @Nullable String state, @Nullable String codeChallenge,
		@Nullable String codeChallengeMethod) {
}
