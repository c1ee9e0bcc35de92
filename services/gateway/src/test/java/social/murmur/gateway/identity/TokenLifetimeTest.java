package social.murmur.gateway.identity;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenLifetimeTest {

	@Test
	void spreadsLifetimesOverTheLastQuarterOfTheLongest() {
		Duration longest = Duration.ofSeconds(60);
		Set<Long> seconds = new HashSet<>();
		for (int i = 0; i < 2_000; i++) {
			Duration lifetime = TokenLifetime.spread(longest);
			assertThat(lifetime).isBetween(Duration.ofSeconds(45), longest);
			seconds.add(lifetime.toSeconds());
		}
		// Tokens resolved together expire over 15 s, not in the same second.
		assertThat(seconds).hasSizeGreaterThanOrEqualTo(14);
	}

	@Test
	void leavesNoLifetimeAsItIs() {
		assertThat(TokenLifetime.spread(Duration.ZERO)).isEqualTo(Duration.ZERO);
	}

}
