package social.murmur.gateway.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import social.murmur.contracts.auth.v1.IntrospectResponse;
import social.murmur.platform.identity.Identity;

/**
 * What auth said about a token, as cached in Redis.
 *
 * @param active whether the token may be used
 * @param accountId the account it acts for; null for an application token
 * @param applicationId the OAuth application it belongs to
 * @param scopes the scopes it was granted
 * @param expiresAt epoch milliseconds after which it is no longer valid; zero for never
 */
record ResolvedToken(boolean active, @Nullable Long accountId, long applicationId, List<String> scopes,
		long expiresAt) {

	static final ResolvedToken INACTIVE = new ResolvedToken(false, null, 0, List.of(), 0);

	ResolvedToken {
		scopes = List.copyOf(scopes);
	}

	static ResolvedToken from(IntrospectResponse response) {
		if (!response.getActive()) {
			return INACTIVE;
		}
		// Auth says zero for a client-credentials token that acts for no account.
		Long accountId = (response.getAccountId() != 0) ? response.getAccountId() : null;
		return new ResolvedToken(true, accountId, response.getApplicationId(), response.getScopesList(),
				response.getExpiresAt());
	}

	/** Whether the token is good at the given moment (a cached answer may outlive it). */
	boolean activeAt(Instant now) {
		return this.active && (this.expiresAt == 0 || this.expiresAt > now.toEpochMilli());
	}

	/** How long to cache this answer: at most {@code max}, never past the expiry. */
	Duration cacheTtl(Duration max, Instant now) {
		if (!this.active || this.expiresAt == 0) {
			return max;
		}
		Duration left = Duration.ofMillis(this.expiresAt - now.toEpochMilli());
		return (left.compareTo(max) < 0) ? left : max;
	}

	Identity identity() {
		return new Identity(this.accountId, this.applicationId, Set.copyOf(this.scopes));
	}

}
