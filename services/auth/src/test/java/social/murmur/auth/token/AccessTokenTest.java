package social.murmur.auth.token;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import social.murmur.auth.scope.ScopeSet;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokenTest {

	private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

	@Test
	void withoutAnExpiryATokenLivesUntilRevoked() {
		assertThat(token(null, null).isActiveAt(NOW.plusSeconds(100L * 365 * 24 * 3600))).isTrue();
	}

	@Test
	void anExpiredTokenIsInactiveFromItsExpiryOn() {
		AccessToken token = token(NOW.plusSeconds(60), null);

		assertThat(token.isActiveAt(NOW.plusSeconds(59))).isTrue();
		assertThat(token.isActiveAt(NOW.plusSeconds(60))).isFalse();
	}

	@Test
	void aRevokedTokenIsInactive() {
		assertThat(token(null, NOW).isActiveAt(NOW)).isFalse();
	}

	private static AccessToken token(Instant expiresAt, Instant revokedAt) {
		return new AccessToken(1, 2, 3L, ScopeSet.DEFAULT, NOW, expiresAt, revokedAt);
	}

}
