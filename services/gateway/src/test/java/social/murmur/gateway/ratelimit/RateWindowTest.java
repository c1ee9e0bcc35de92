package social.murmur.gateway.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateWindowTest {

	private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

	@Test
	void alignsWindowsToTheEpochSoEveryInstanceAgrees() {
		RateWindow window = RateWindow.at(Instant.parse("2025-01-01T10:07:30Z"), FIVE_MINUTES);

		assertThat(window.resetsAt()).isEqualTo(Instant.parse("2025-01-01T10:10:00Z"));
		assertThat(RateWindow.at(Instant.parse("2025-01-01T10:05:00Z"), FIVE_MINUTES)).isEqualTo(window);
		assertThat(RateWindow.at(Instant.parse("2025-01-01T10:09:59.999Z"), FIVE_MINUTES)).isEqualTo(window);
	}

	@Test
	void startsANewWindowAtTheReset() {
		RateWindow window = RateWindow.at(Instant.parse("2025-01-01T10:07:30Z"), FIVE_MINUTES);
		RateWindow next = RateWindow.at(Instant.parse("2025-01-01T10:10:00Z"), FIVE_MINUTES);

		assertThat(next.index()).isEqualTo(window.index() + 1);
	}

	@Test
	void countsTheSecondsLeftRoundedUp() {
		RateWindow window = RateWindow.at(Instant.parse("2025-01-01T10:07:30Z"), FIVE_MINUTES);

		assertThat(window.secondsLeft(Instant.parse("2025-01-01T10:07:30Z"))).isEqualTo(150);
		assertThat(window.secondsLeft(Instant.parse("2025-01-01T10:09:59.200Z"))).isEqualTo(1);
	}

}
