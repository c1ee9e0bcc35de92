package social.murmur.bench.probe;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import social.murmur.bench.measure.Endpoint;
import social.murmur.bench.measure.LatencySummary;
import social.murmur.bench.measure.OpenLoop;

/**
 * Reads at one fixed rate, first alone, then while others post. The rest of the run
 * measures reads and writes apart; a network serves both at once, and fan-outs compete
 * with reads for the cores, for Redis and for feed's pooled Redis connections. The same
 * rate with and without the posting shows what the posting costs the readers.
 */
public final class ReadsWhilePosting {

	private ReadsWhilePosting() {
	}

	/**
	 * @param reads the reads, such as home timelines of random viewers
	 * @param readRate reads per second, the same in both measurements
	 * @param duration how long each measurement lasts
	 * @param others starts the others' posting; it is closed after the second measurement
	 * @param settle how long the others post before the reads start
	 * @param seed seed of the readers' choices, the same in both measurements
	 */
	public static Result measure(Endpoint reads, double readRate, Duration duration, Supplier<BackgroundPosting> others,
			Duration settle, long seed, Consumer<String> progress) {
		OpenLoop.Outcome alone = OpenLoop.run(reads, readRate, duration, seed);
		progress.accept(String.format("reads at %.0f/s alone: p50 %.1f ms, p99 %.1f ms (%d errors)", readRate,
				alone.latency().p50Millis(), alone.latency().p99Millis(), alone.errors()));
		OpenLoop.Outcome busy;
		double othersRate;
		long othersFailed;
		try (BackgroundPosting posting = others.get()) {
			Pauses.sleep(settle);
			busy = OpenLoop.run(reads, readRate, duration, seed);
			posting.close();
			othersRate = posting.postsPerSecond();
			othersFailed = posting.failed();
		}
		progress
			.accept(String.format(
					"reads at %.0f/s while others post %.0f/s: p50 %.1f ms, p99 %.1f ms "
							+ "(%d errors, %d posts failed)",
					readRate, othersRate, busy.latency().p50Millis(), busy.latency().p99Millis(), busy.errors(),
					othersFailed));
		return new Result(readRate, alone.latency(), alone.errors(), busy.latency(), busy.errors(), othersRate,
				othersFailed);
	}

	/**
	 * @param readRate reads per second in both measurements
	 * @param alone latencies of the reads alone, from each read's due time
	 * @param aloneErrors reads that failed alone
	 * @param whilePosting latencies of the reads while others posted
	 * @param whilePostingErrors reads that failed while others posted
	 * @param othersPostsPerSecond statuses the others had acknowledged per second, from
	 * the start of their posting until it stopped
	 * @param othersFailed posts that failed
	 */
	public record Result(double readRate, LatencySummary alone, long aloneErrors, LatencySummary whilePosting,
			long whilePostingErrors, double othersPostsPerSecond, long othersFailed) {
	}

}
