package social.murmur.platform.logging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class OccasionalWarningTest {

	@Test
	void logsAtMostOncePerInterval() {
		MovableClock clock = new MovableClock();
		OccasionalWarning warning = new OccasionalWarning(LoggerFactory.getLogger(OccasionalWarningTest.class),
				Duration.ofMinutes(1), clock);

		assertThat(warning.tryAcquire()).isTrue();
		assertThat(warning.tryAcquire()).isFalse();
		clock.advance(Duration.ofSeconds(59));
		assertThat(warning.tryAcquire()).isFalse();
		clock.advance(Duration.ofSeconds(1));
		assertThat(warning.tryAcquire()).isTrue();
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2025-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
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
