package social.murmur.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Latency at a fixed rate: requests start on a schedule, whatever the previous ones are
 * doing, and each latency is measured from when its request was due, not from when it was
 * sent. A closed loop would send less while the system stalls and so never see the stall
 * (coordinated omission); this one counts every request that waited behind it.
 * <p>
 * The requests are sent by a pool of platform threads, each taking the next due time,
 * sleeping until it and sending. Each request then costs the load generator one timer
 * wake-up and one wake-up when its answer arrives, where a virtual thread per request
 * also went through the scheduler's carrier threads and the JDK's I/O pollers: about nine
 * thread switches per request, which at a fixed rate, with the cores otherwise idle
 * between requests, took CPU from the system measured (ADR 0012). While every sender
 * waits for an answer, the next request leaves late; its latency still counts from when
 * it was due.
 */
public final class OpenLoop {

	/** Requests in flight at most: as many as a stall of a second leaves at 500/s. */
	static final int SENDERS = 512;

	private OpenLoop() {
	}

	public static Outcome run(Endpoint endpoint, double rate, Duration duration, long seed) {
		Histogram latencies = new ConcurrentHistogram(LatencySummary.HIGHEST_MICROS, 3);
		AtomicLong errors = new AtomicLong();
		long interval = (long) (1e9 / rate);
		long start = System.nanoTime() + 10_000_000L;
		int requests = (int) Math.min(Integer.MAX_VALUE - 1, (duration.toNanos() + interval - 1) / interval);
		// One random per request, split in order: the same choices for every endpoint.
		SplittableRandom seeds = new SplittableRandom(seed);
		SplittableRandom[] randoms = new SplittableRandom[requests];
		for (int i = 0; i < requests; i++) {
			randoms[i] = seeds.split();
		}
		AtomicLong next = new AtomicLong();
		Runnable sender = () -> {
			for (long i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
				long due = start + i * interval;
				long wait;
				while ((wait = due - System.nanoTime()) > 0) {
					LockSupport.parkNanos(wait);
				}
				boolean ok = ClosedLoop.call(endpoint, randoms[(int) i]);
				long micros = (System.nanoTime() - due) / 1000;
				if (ok) {
					latencies.recordValue(Math.min(LatencySummary.HIGHEST_MICROS, micros));
				}
				else {
					errors.incrementAndGet();
				}
			}
		};
		List<Thread> senders = new ArrayList<>();
		for (int i = 0; i < Math.min(SENDERS, requests); i++) {
			senders.add(Thread.ofPlatform().daemon().name("open-loop-" + i).start(sender));
		}
		ClosedLoop.awaitAll(senders);
		return new Outcome(LatencySummary.of(latencies), errors.get());
	}

	/**
	 * @param latency latencies from each request's due time
	 * @param errors failed requests
	 */
	public record Outcome(LatencySummary latency, long errors) {
	}

}
