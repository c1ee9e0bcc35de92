package social.murmur.gateway.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.auth.v1.IntrospectResponse;
import social.murmur.platform.identity.Identity;

import static org.assertj.core.api.Assertions.assertThat;

class ResolvedTokenTest {

	private static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");

	@Test
	void turnsAnAccountTokenIntoAnIdentity() {
		ResolvedToken token = ResolvedToken.from(IntrospectResponse.newBuilder()
			.setActive(true)
			.setAccountId(42)
			.setApplicationId(7)
			.addScopes("read")
			.addScopes("write")
			.build());

		assertThat(token.identity()).isEqualTo(new Identity(42L, 7, Set.of("read", "write")));
	}

	@Test
	void turnsAnApplicationTokenIntoAnIdentityWithoutAccount() {
		ResolvedToken token = ResolvedToken
			.from(IntrospectResponse.newBuilder().setActive(true).setApplicationId(7).build());

		assertThat(token.identity().accountId()).isNull();
	}

	@Test
	void forgetsEverythingAboutAnInactiveToken() {
		ResolvedToken token = ResolvedToken
			.from(IntrospectResponse.newBuilder().setActive(false).setAccountId(42).build());

		assertThat(token).isEqualTo(ResolvedToken.INACTIVE);
		assertThat(token.activeAt(NOW)).isFalse();
	}

	@Test
	void stopsBeingActiveWhenItExpires() {
		ResolvedToken token = new ResolvedToken(true, 42L, 7, List.of("read"), NOW.plusSeconds(10).toEpochMilli());

		assertThat(token.activeAt(NOW)).isTrue();
		assertThat(token.activeAt(NOW.plusSeconds(10))).isFalse();
	}

	@Test
	void isCachedNoLongerThanItLives() {
		Duration max = Duration.ofSeconds(60);

		assertThat(new ResolvedToken(true, 42L, 7, List.of(), 0).cacheTtl(max, NOW)).isEqualTo(max);
		assertThat(new ResolvedToken(true, 42L, 7, List.of(), NOW.plusSeconds(10).toEpochMilli()).cacheTtl(max, NOW))
			.isEqualTo(Duration.ofSeconds(10));
		assertThat(ResolvedToken.INACTIVE.cacheTtl(max, NOW)).isEqualTo(max);
	}

}
