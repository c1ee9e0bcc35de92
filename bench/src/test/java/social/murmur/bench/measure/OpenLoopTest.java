package social.murmur.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenLoopTest {

	@Test
	void sendsAtTheFixedRateWhateverTheAnswersTake() {
		AtomicInteger calls = new AtomicInteger();
		OpenLoop.Outcome outcome = OpenLoop.run((random) -> {
			calls.incrementAndGet();
			return true;
		}, 200, Duration.ofMillis(500), 1);
		assertThat(calls.get()).isBetween(95, 101);
		assertThat(outcome.latency().count()).isEqualTo(calls.get());
	}

	@Test
	void countsTheWaitBehindAStallInEveryLatency() {
		AtomicInteger calls = new AtomicInteger();
		// The first request stalls for 300 ms and holds up the others, as one stuck
		// server thread would: those due meanwhile must show the wait.
		Object lock = new Object();
		OpenLoop.Outcome outcome = OpenLoop.run((random) -> {
			synchronized (lock) {
				if (calls.incrementAndGet() == 1) {
					sleep(300);
				}
			}
			return true;
		}, 100, Duration.ofMillis(600), 1);
		assertThat(outcome.latency().p99Millis()).isGreaterThan(200);
		assertThat(outcome.latency().maxMillis()).isGreaterThanOrEqualTo(290);
	}

	@Test
	void makesTheSameChoicesForTheSameSeed() {
		assertThat(choices(7)).isEqualTo(choices(7)).isNotEqualTo(choices(8));
	}

	@Test
	void countsFailuresApartFromLatencies() {
		OpenLoop.Outcome outcome = OpenLoop.run((random) -> {
			throw new IllegalStateException("refused");
		}, 100, Duration.ofMillis(200), 1);
		assertThat(outcome.errors()).isGreaterThan(10);
		assertThat(outcome.latency().count()).isZero();
	}

	/** The viewers chosen in a run, in no particular order. */
	private static List<Integer> choices(long seed) {
		List<Integer> chosen = Collections.synchronizedList(new ArrayList<>());
		OpenLoop.run((random) -> chosen.add(random.nextInt(1_000_000)), 400, Duration.ofMillis(250), seed);
		return chosen.stream().sorted().toList();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
