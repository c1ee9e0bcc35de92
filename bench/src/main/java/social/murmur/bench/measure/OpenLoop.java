package social.murmur.bench.measure;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Latency at a fixed rate: requests start on a schedule, whatever the previous ones are
 * doing, and each latency is measured from when its request was due, not from when it was
 * sent. A closed loop would send less while the system stalls and so never see the stall
 * (coordinated omission); this one counts every request that waited behind it.
 */
public final class OpenLoop {

	private OpenLoop() {
	}

	public static Outcome run(Endpoint endpoint, double rate, Duration duration, long seed) {
		Histogram latencies = new ConcurrentHistogram(LatencySummary.HIGHEST_MICROS, 3);
		AtomicLong errors = new AtomicLong();
		SplittableRandom seeds = new SplittableRandom(seed);
		long interval = (long) (1e9 / rate);
		long start = System.nanoTime() + 10_000_000L;
		long end = start + duration.toNanos();
		// A platform thread keeps the schedule: virtual threads may be parked late.
		Thread scheduler = Thread.ofPlatform().name("open-loop").start(() -> {
			try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
				for (long i = 0;; i++) {
					long due = start + i * interval;
					if (due >= end) {
						break;
					}
					long wait = due - System.nanoTime();
					if (wait > 0) {
						LockSupport.parkNanos(wait);
					}
					SplittableRandom random = seeds.split();
					requests.execute(() -> {
						boolean ok = ClosedLoop.call(endpoint, random);
						long micros = (System.nanoTime() - due) / 1000;
						if (ok) {
							latencies.recordValue(Math.min(LatencySummary.HIGHEST_MICROS, micros));
						}
						else {
							errors.incrementAndGet();
						}
					});
				}
			}
		});
		try {
			scheduler.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		return new Outcome(LatencySummary.of(latencies), errors.get());
	}

	/**
	 * @param latency latencies from each request's due time
	 * @param errors failed requests
	 */
	public record Outcome(LatencySummary latency, long errors) {
	}

}
