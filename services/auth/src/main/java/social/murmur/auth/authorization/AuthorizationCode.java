package social.murmur.auth.authorization;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import social.murmur.auth.scope.ScopeSet;

/**
 * A short-lived, single-use code that an application exchanges for an account's token.
 * Stored as a SHA-256 digest, like tokens.
 *
 * @param id the code's id
 * @param applicationId the application it was issued to
 * @param accountId the account that authorized it
 * @param redirectUri the redirect URI of the authorization request, which the token
 * request must repeat
 * @param scopes what the account agreed to
 * @param codeChallenge the PKCE challenge, if the application sent one
 * @param codeChallengeMethod {@code S256} or {@code plain} when there is a challenge
 * @param createdAt when it was issued
 * @param expiresAt when it stops being accepted
 */
public record AuthorizationCode(long id, long applicationId, long accountId, String redirectUri, ScopeSet scopes,
		@Nullable String codeChallenge, @Nullable String codeChallengeMethod, Instant createdAt, Instant expiresAt) {

	public boolean isExpiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

}
