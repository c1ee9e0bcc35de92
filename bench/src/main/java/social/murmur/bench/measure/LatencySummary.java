package social.murmur.bench.measure;

import java.util.Arrays;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of a set of latencies, in milliseconds.
 *
 * @param count how many were measured
 * @param p50Millis the median
 * @param p99Millis the 99th percentile
 * @param maxMillis the largest
 */
public record LatencySummary(long count, double p50Millis, double p99Millis, double maxMillis) {

	/** Largest latency a histogram tracks: a minute, in microseconds. */
	static final long HIGHEST_MICROS = 60_000_000L;

	public static Histogram histogram() {
		return new Histogram(HIGHEST_MICROS, 3);
	}

	/** From a histogram of microseconds. */
	public static LatencySummary of(Histogram micros) {
		if (micros.getTotalCount() == 0) {
			return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN);
		}
		return new LatencySummary(micros.getTotalCount(), micros.getValueAtPercentile(50) / 1000.0,
				micros.getValueAtPercentile(99) / 1000.0, micros.getMaxValue() / 1000.0);
	}

	/**
	 * From a few latencies (such as one per post of a lag measurement), exactly: the
	 * nearest-rank percentile, so that the p99 of twenty samples is their largest.
	 */
	public static LatencySummary ofMillis(double... millis) {
		if (millis.length == 0) {
			return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN);
		}
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		return new LatencySummary(sorted.length, nearestRank(sorted, 50), nearestRank(sorted, 99),
				sorted[sorted.length - 1]);
	}

	static double nearestRank(double[] sorted, double percentile) {
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

}
