package social.murmur.bench.measure;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencySummaryTest {

	@Test
	void readsPercentilesOfMicrosecondsAsMilliseconds() {
		Histogram histogram = LatencySummary.histogram();
		for (int i = 1; i <= 1000; i++) {
			histogram.recordValue(i * 100L);
		}
		LatencySummary summary = LatencySummary.of(histogram);
		assertThat(summary.count()).isEqualTo(1000);
		assertThat(summary.p50Millis()).isCloseTo(50, within(0.1));
		assertThat(summary.p99Millis()).isCloseTo(99, within(0.1));
		assertThat(summary.maxMillis()).isCloseTo(100, within(0.1));
	}

	@Test
	void takesTheNearestRankOfFewSamples() {
		LatencySummary summary = LatencySummary.ofMillis(30, 10, 20, 40, 1000);
		assertThat(summary.p50Millis()).isEqualTo(30);
		assertThat(summary.p99Millis()).isEqualTo(1000);
		assertThat(summary.count()).isEqualTo(5);
	}

	@Test
	void hasNoPercentilesWithoutSamples() {
		assertThat(LatencySummary.ofMillis().p99Millis()).isNaN();
		assertThat(LatencySummary.of(LatencySummary.histogram()).p50Millis()).isNaN();
	}

}
