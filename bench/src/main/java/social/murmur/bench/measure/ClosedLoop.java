package social.murmur.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * Peak throughput: a fixed number of clients, each sending its next request as soon as
 * the previous one answered, for a while. Counts only what completes within the measured
 * window.
 */
public final class ClosedLoop {

	private ClosedLoop() {
	}

	/**
	 * @return successful requests per second, their latencies and the number of failures
	 */
	public static Outcome run(Endpoint endpoint, int clients, Duration duration, long seed) {
		long end = System.nanoTime() + duration.toNanos();
		AtomicLong errors = new AtomicLong();
		List<Histogram> histograms = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		SplittableRandom seeds = new SplittableRandom(seed);
		long started = System.nanoTime();
		for (int i = 0; i < clients; i++) {
			Histogram histogram = LatencySummary.histogram();
			histograms.add(histogram);
			SplittableRandom random = seeds.split();
			threads.add(Thread.ofVirtual().name("client-" + i).start(() -> {
				while (true) {
					long sent = System.nanoTime();
					if (sent >= end) {
						return;
					}
					boolean ok = call(endpoint, random);
					long answered = System.nanoTime();
					if (answered > end) {
						return;
					}
					if (ok) {
						histogram.recordValue(Math.min(LatencySummary.HIGHEST_MICROS, (answered - sent) / 1000));
					}
					else {
						errors.incrementAndGet();
					}
				}
			}));
		}
		awaitAll(threads);
		double seconds = (System.nanoTime() - started) / 1e9;
		Histogram all = LatencySummary.histogram();
		histograms.forEach(all::add);
		return new Outcome(all.getTotalCount() / seconds, all, errors.get());
	}

	/** Waits until every thread (a simulated client) has finished. */
	static void awaitAll(List<Thread> threads) {
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted", ex);
			}
		}
	}

	static boolean call(Endpoint endpoint, SplittableRandom random) {
		try {
			return endpoint.call(random);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * @param rps successful requests per second
	 * @param latencies their latencies, in microseconds
	 * @param errors failed requests
	 */
	public record Outcome(double rps, Histogram latencies, long errors) {

		public LatencySummary latency() {
			return LatencySummary.of(this.latencies);
		}

	}

}
