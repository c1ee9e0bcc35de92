package social.murmur.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.HdrHistogram.Histogram;

/**
 * The same load for every endpoint compared: a warm-up of each (so that the JIT has
 * compiled its path), their peaks with a number of clients, then each at half of its own
 * peak at a fixed rate.
 * <p>
 * The warm-up and the peaks run in rounds, each endpoint in turn for an equal share of
 * the duration, the order rotated from one round to the next. The speed of a shared
 * machine drifts by tens of percent within an hour, and one endpoint measured for the
 * whole duration after another met a different machine; in turns, every endpoint meets
 * the same drift, so the ratios between them compare the endpoints, and each round's
 * ratio shows how much the machine moved (ADR 0014).
 *
 * @param clients concurrent clients of the closed loop
 * @param warmUp how long to warm up each endpoint, in turns as the peaks
 * @param duration how long each endpoint is measured, at its peak and again at a fixed
 * rate
 * @param rounds in how many turns the warm-up and the peak's duration are spent
 * @param seed seed of the clients' choices, the same for every endpoint
 */
public record LoadProfile(int clients, Duration warmUp, Duration duration, int rounds, long seed) {

	/** The share of the peak at which latency is measured. */
	public static final double LATENCY_SHARE_OF_PEAK = 0.5;

	/** Rounds of the peak measurements by default: 6 s turns in a 30 s measurement. */
	public static final int ROUNDS = 5;

	public LoadProfile {
		if (rounds < 1) {
			throw new IllegalArgumentException("rounds must be positive, not " + rounds);
		}
	}

	/**
	 * Measures the endpoints under the same load.
	 * @return a result per endpoint, in the order given
	 */
	public List<LoadResult> measure(List<NamedEndpoint> endpoints, Consumer<String> progress) {
		progress.accept(String.format("%s: warming up in turns for %d s each",
				String.join(", ", endpoints.stream().map(NamedEndpoint::name).toList()), this.warmUp.toSeconds()));
		inTurns(endpoints, this.warmUp, this.seed - 1, (endpoint, round, outcome, seconds) -> {
		});
		List<Peak> peaks = new ArrayList<>();
		endpoints.forEach((endpoint) -> peaks.add(new Peak(this.rounds)));
		inTurns(endpoints, this.duration, this.seed, (index, round, outcome, seconds) -> {
			peaks.get(index).add(round, outcome);
			progress.accept(String.format("%s: round %d of %d: %.0f requests/s over %.1f s",
					endpoints.get(index).name(), round + 1, this.rounds, outcome.rps(), seconds));
		});
		for (int i = 0; i < endpoints.size(); i++) {
			Peak peak = peaks.get(i);
			progress.accept(String.format("%s: peak %.0f requests/s with %d clients (%d errors)",
					endpoints.get(i).name(), peak.rps(), this.clients, peak.errors()));
		}
		List<LoadResult> results = new ArrayList<>();
		for (int i = 0; i < endpoints.size(); i++) {
			NamedEndpoint endpoint = endpoints.get(i);
			Peak peak = peaks.get(i);
			double rate = Math.max(1, peak.rps() * LATENCY_SHARE_OF_PEAK);
			OpenLoop.Outcome fixed = OpenLoop.run(endpoint.endpoint(), rate, this.duration, this.seed + 1);
			progress.accept(String.format("%s: at %.0f requests/s p50 %.1f ms, p99 %.1f ms (%d errors)",
					endpoint.name(), rate, fixed.latency().p50Millis(), fixed.latency().p99Millis(), fixed.errors()));
			results.add(new LoadResult(endpoint.name(), peak.rps(), LatencySummary.of(peak.latencies()), peak.errors(),
					peak.roundRps(), rate, fixed.latency(), fixed.errors()));
		}
		return results;
	}

	/**
	 * Runs each endpoint's closed loop for {@code perEndpoint} in all, in {@link #rounds}
	 * turns. Each round starts one endpoint later than the one before, so that none
	 * always follows the same other; in a round all use the same clients' choices. The
	 * warm-up runs in turns too, so that what the services compile and keep in their
	 * caches is settled for the pattern measured.
	 */
	private void inTurns(List<NamedEndpoint> endpoints, Duration perEndpoint, long seed, Turn done) {
		Duration turn = perEndpoint.dividedBy(this.rounds);
		for (int round = 0; round < this.rounds; round++) {
			for (int k = 0; k < endpoints.size(); k++) {
				int index = (round + k) % endpoints.size();
				long started = System.nanoTime();
				ClosedLoop.Outcome outcome = ClosedLoop.run(endpoints.get(index).endpoint(), this.clients, turn,
						seed + round);
				done.ended(index, round, outcome, (System.nanoTime() - started) / 1e9);
			}
		}
	}

	/** What is done with one endpoint's turn. */
	@FunctionalInterface
	private interface Turn {

		void ended(int endpoint, int round, ClosedLoop.Outcome outcome, double seconds);

	}

	/** One endpoint's closed-loop rounds. */
	private static final class Peak {

		private final double[] roundRps;

		private final Histogram latencies = LatencySummary.histogram();

		private long errors;

		Peak(int rounds) {
			this.roundRps = new double[rounds];
		}

		void add(int round, ClosedLoop.Outcome outcome) {
			this.roundRps[round] = outcome.rps();
			this.latencies.add(outcome.latencies());
			this.errors += outcome.errors();
		}

		/** Rounds are equally long, so their mean is the rate over all of them. */
		double rps() {
			return Arrays.stream(this.roundRps).average().orElse(0);
		}

		List<Double> roundRps() {
			return Arrays.stream(this.roundRps).boxed().toList();
		}

		Histogram latencies() {
			return this.latencies;
		}

		long errors() {
			return this.errors;
		}

	}

}
