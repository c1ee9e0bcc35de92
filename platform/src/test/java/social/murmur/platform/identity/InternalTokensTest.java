package social.murmur.platform.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InternalTokensTest {

	private static final String SECRET = "a-secret-that-is-at-least-32-bytes-long";

	private final InternalTokens tokens = new InternalTokens(SECRET, "gateway");

	@Test
	void aSignedIdentityVerifies() {
		Identity identity = new Identity(42L, 7, Set.of("read", "write:statuses"));
		assertThat(this.tokens.verify(this.tokens.sign(identity, Duration.ofMinutes(1)))).contains(identity);
	}

	@Test
	void anAppOnlyIdentityHasNoAccount() {
		Identity app = new Identity(null, 7, Set.of("read"));
		assertThat(this.tokens.verify(this.tokens.sign(app, Duration.ofMinutes(1)))).contains(app);
	}

	@Test
	void tokensSignedWithAnotherSecretAreRefused() {
		InternalTokens other = new InternalTokens("another-secret-that-is-32-bytes-long!!", "gateway");
		String token = other.sign(new Identity(42L, 7, Set.of("read")), Duration.ofMinutes(1));
		assertThat(this.tokens.verify(token)).isEmpty();
	}

	@Test
	void tamperedTokensAreRefused() {
		String token = this.tokens.sign(new Identity(42L, 7, Set.of("read")), Duration.ofMinutes(1));
		String[] parts = token.split("\\.");
		String otherPayload = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"sub\":\"1\",\"app\":\"7\",\"scope\":\"read write\",\"exp\":9999999999}".getBytes());
		assertThat(this.tokens.verify(parts[0] + "." + otherPayload + "." + parts[2])).isEmpty();
		assertThat(this.tokens.verify("garbage")).isEmpty();
		assertThat(this.tokens.verify("a.b.c")).isEmpty();
		assertThat(this.tokens.verify(null)).isEmpty();
	}

	@Test
	void expiredTokensAreRefused() {
		Instant signedAt = Instant.parse("2026-11-22T10:00:00Z");
		InternalTokens past = new InternalTokens(SECRET, "gateway", Clock.fixed(signedAt, ZoneOffset.UTC));
		String token = past.sign(new Identity(42L, 7, Set.of("read")), Duration.ofSeconds(60));
		InternalTokens later = new InternalTokens(SECRET, "gateway",
				Clock.fixed(signedAt.plusSeconds(61), ZoneOffset.UTC));
		assertThat(later.verify(token)).isEmpty();
	}

	@Test
	void aTokenVerifiedBeforeIsRefusedOnceItHasExpired() {
		Instant signedAt = Instant.parse("2026-11-22T10:00:00Z");
		MutableClock clock = new MutableClock(signedAt);
		InternalTokens tokens = new InternalTokens(SECRET, "gateway", clock);
		Identity identity = new Identity(42L, 7, Set.of("read"));
		String token = tokens.sign(identity, Duration.ofSeconds(60));
		assertThat(tokens.verify(token)).contains(identity);
		clock.now = signedAt.plusSeconds(59);
		assertThat(tokens.verify(token)).contains(identity);
		clock.now = signedAt.plusSeconds(61);
		assertThat(tokens.verify(token)).isEmpty();
	}

	@Test
	void aTamperedCopyOfAVerifiedTokenIsStillRefused() {
		String token = this.tokens.sign(new Identity(42L, 7, Set.of("read")), Duration.ofMinutes(1));
		assertThat(this.tokens.verify(token)).isPresent();
		String[] parts = token.split("\\.");
		char last = parts[2].charAt(parts[2].length() - 2);
		String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
				+ (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
		assertThat(this.tokens.verify(forged)).isEmpty();
	}

	@Test
	void refusesShortSecrets() {
		assertThatIllegalArgumentException().isThrownBy(() -> new InternalTokens("short", "gateway"));
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
