package social.murmur.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

class LoadProfileTest {

	private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

	private final List<String> progress = Collections.synchronizedList(new ArrayList<>());

	@Test
	void warmsUpAndMeasuresThePeaksInTurnsRotatingTheOrderEachRound() {
		LoadProfile profile = new LoadProfile(2, Duration.ofMillis(50), Duration.ofMillis(300), 3, 7);

		List<LoadResult> results = profile.measure(List.of(endpoint("a"), endpoint("b"), endpoint("c")),
				this.progress::add);

		// Warm-up and peaks each in three rounds, each round starting one endpoint later,
		// then the fixed-rate latencies in order; no two phases overlap.
		assertThat(phases()).containsExactly("a", "b", "c", "b", "c", "a", "c", "a", "b", "a", "b", "c", "b", "c", "a",
				"c", "a", "b", "a", "b", "c");
		assertThat(results).extracting(LoadResult::name).containsExactly("a", "b", "c");
		for (LoadResult result : results) {
			assertThat(result.roundRps()).hasSize(3).allSatisfy((rps) -> assertThat(rps).isPositive());
			assertThat(result.peakRps()).isCloseTo(
					result.roundRps().stream().mapToDouble(Double::doubleValue).average().orElseThrow(), offset(1e-9));
			assertThat(result.peakLatency().count()).isPositive();
			assertThat(result.fixedRate()).isCloseTo(result.peakRps() / 2, offset(1e-9));
			assertThat(result.latency().count()).isPositive();
		}
		assertThat(this.progress).anyMatch((line) -> line.startsWith("b: round 2 of 3: "))
			.anyMatch((line) -> line.startsWith("c: peak "));
	}

	@Test
	void countsFailedRequestsOfEveryRound() {
		AtomicLong made = new AtomicLong();
		NamedEndpoint failingEveryOther = new NamedEndpoint("flaky", (random) -> {
			sleep();
			return made.incrementAndGet() % 2 == 0;
		});
		LoadResult result = new LoadProfile(2, Duration.ofMillis(20), Duration.ofMillis(200), 2, 7)
			.measure(List.of(failingEveryOther), this.progress::add)
			.get(0);
		assertThat(result.peakErrors()).isPositive();
		assertThat(result.peakLatency().count()).isPositive();
	}

	@Test
	void needsAtLeastOneRound() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LoadProfile(2, Duration.ofMillis(20), Duration.ofMillis(200), 0, 7));
	}

	private NamedEndpoint endpoint(String name) {
		return new NamedEndpoint(name, (random) -> {
			this.calls.add(name);
			sleep();
			return true;
		});
	}

	/** The calls, with each run of calls to one endpoint as one phase. */
	private List<String> phases() {
		List<String> phases = new ArrayList<>();
		synchronized (this.calls) {
			for (String call : this.calls) {
				if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(call)) {
					phases.add(call);
				}
			}
		}
		return phases;
	}

	private static void sleep() {
		try {
			Thread.sleep(1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
