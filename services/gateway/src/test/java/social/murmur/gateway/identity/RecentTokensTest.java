package social.murmur.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RecentTokensTest {

	private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

	private final RecentTokens recent = new RecentTokens(Duration.ofMinutes(1), Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void remembersAnAnswer() {
		ResolvedToken token = active(0);

		this.recent.remember("abc", token);

		assertThat(this.recent.find("abc")).contains(token);
		assertThat(this.recent.find("abd")).isEmpty();
	}

	@Test
	void keepsARevocationOverAnAnswerFetchedBeforeIt() {
		this.recent.remember("abc", active(0));
		this.recent.revoke("abc");
		ResolvedToken answer = this.recent.remember("abc", active(0));

		assertThat(this.recent.find("abc")).contains(ResolvedToken.INACTIVE);
		assertThat(answer).isEqualTo(ResolvedToken.INACTIVE);
	}

	@Test
	void revokesATokenItNeverSaw() {
		this.recent.revoke("abc");
		this.recent.remember("abc", active(0));

		assertThat(this.recent.find("abc")).contains(ResolvedToken.INACTIVE);
	}

	@Test
	void doesNotKeepATokenThatHasExpired() {
		this.recent.remember("abc", active(NOW.minusSeconds(1).toEpochMilli()));

		assertThat(this.recent.find("abc")).isEmpty();
	}

	@Test
	void forgetsAnAnswerAfterItsLifetime() {
		RecentTokens shortLived = new RecentTokens(Duration.ofMillis(100), Clock.systemUTC());
		shortLived.remember("abc", active(0));
		assertThat(shortLived.find("abc")).isPresent();

		await().atMost(Duration.ofSeconds(5)).until(() -> shortLived.find("abc").isEmpty());
	}

	private static ResolvedToken active(long expiresAt) {
		return new ResolvedToken(true, 42L, 7, List.of("read"), expiresAt);
	}

}
