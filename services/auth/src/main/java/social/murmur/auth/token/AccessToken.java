package social.murmur.auth.token;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import social.murmur.auth.scope.ScopeSet;

/**
 * An access token as stored: who it acts for and what it allows. The token itself is
 * never stored, only its SHA-256 digest.
 *
 * @param id the token's id
 * @param applicationId the application it was issued to
 * @param accountId the account it acts for, or null for an application token (client
 * credentials)
 * @param scopes what it allows
 * @param createdAt when it was issued
 * @param expiresAt when it stops working, or null if it lives until revoked
 * @param revokedAt when it was revoked, or null
 */
public record AccessToken(long id, long applicationId, @Nullable Long accountId, ScopeSet scopes, Instant createdAt,
		@Nullable Instant expiresAt, @Nullable Instant revokedAt) {

	/** Whether the token may be used at the given instant. */
	public boolean isActiveAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt));
	}

}
