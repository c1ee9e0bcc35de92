package social.murmur.gateway.ratelimit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionTest {

	private static final Instant RESET = Instant.parse("2025-01-01T10:10:00Z");

	@Test
	void allowsRequestsUpToTheLimit() {
		assertThat(Decision.counted(3, 1, RESET)).isEqualTo(new Decision(3, 2, RESET, true));
		assertThat(Decision.counted(3, 3, RESET)).isEqualTo(new Decision(3, 0, RESET, true));
	}

	@Test
	void refusesRequestsOverTheLimitWithNothingRemaining() {
		assertThat(Decision.counted(3, 4, RESET)).isEqualTo(new Decision(3, 0, RESET, false));
	}

	@Test
	void letsEverythingThroughWhenNothingCouldBeCounted() {
		assertThat(Decision.uncounted(300, RESET)).isEqualTo(new Decision(300, 300, RESET, true));
	}

}
