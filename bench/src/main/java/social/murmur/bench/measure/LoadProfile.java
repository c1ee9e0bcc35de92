package social.murmur.bench.measure;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The same load for every endpoint compared: a warm-up (so that the JIT has compiled the
 * path), the peak with a number of clients, then half of that peak at a fixed rate.
 *
 * @param clients concurrent clients of the closed loop
 * @param warmUp how long to warm up
 * @param duration how long each measurement lasts
 * @param seed seed of the clients' choices, the same for every endpoint
 */
public record LoadProfile(int clients, Duration warmUp, Duration duration, long seed) {

	/** The share of the peak at which latency is measured. */
	public static final double LATENCY_SHARE_OF_PEAK = 0.5;

	public LoadResult measure(String name, Endpoint endpoint, Consumer<String> progress) {
		progress.accept(name + ": warming up for " + this.warmUp.toSeconds() + " s");
		ClosedLoop.run(endpoint, this.clients, this.warmUp, this.seed - 1);
		ClosedLoop.Outcome peak = ClosedLoop.run(endpoint, this.clients, this.duration, this.seed);
		progress.accept(String.format("%s: peak %.0f requests/s with %d clients (%d errors)", name, peak.rps(),
				this.clients, peak.errors()));
		double rate = Math.max(1, peak.rps() * LATENCY_SHARE_OF_PEAK);
		OpenLoop.Outcome fixed = OpenLoop.run(endpoint, rate, this.duration, this.seed + 1);
		progress.accept(String.format("%s: at %.0f requests/s p50 %.1f ms, p99 %.1f ms (%d errors)", name, rate,
				fixed.latency().p50Millis(), fixed.latency().p99Millis(), fixed.errors()));
		return new LoadResult(name, peak.rps(), peak.latency(), peak.errors(), rate, fixed.latency(), fixed.errors());
	}

}
