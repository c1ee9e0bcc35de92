package social.murmur.bench.measure;

import java.util.List;

/**
 * One endpoint under load: its peak throughput (closed loop) and its latency at a fixed
 * rate (open loop).
 *
 * @param name what was measured
 * @param peakRps successful requests per second at saturation
 * @param peakLatency latencies at saturation (they include queueing, so only indicative)
 * @param peakErrors failed requests at saturation
 * @param roundRps successful requests per second in each round of the peak (see
 * {@link LoadProfile})
 * @param fixedRate the rate of the open-loop run, requests per second
 * @param latency latencies at that rate, from each request's intended start
 * @param fixedRateErrors failed requests of the open-loop run
 */
public record LoadResult(String name, double peakRps, LatencySummary peakLatency, long peakErrors,
		List<Double> roundRps, double fixedRate, LatencySummary latency, long fixedRateErrors) {
}
