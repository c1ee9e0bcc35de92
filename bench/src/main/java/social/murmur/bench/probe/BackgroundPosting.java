package social.murmur.bench.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import social.murmur.bench.api.Member;

/**
 * Others posting while a lag is measured: statuses by random authors at a fixed rate, in
 * the background, until closed. The lag of one post measured alone is that of an idle
 * network; with others posting, it also holds the wait behind their fan-outs.
 * <p>
 * Posts start on a schedule, from a few threads, each taking the next due time; a post
 * that fails is counted and not tried again.
 */
public final class BackgroundPosting implements AutoCloseable {

	/**
	 * How long others post before a lag is measured: services that have not posted for
	 * minutes are slower for the first seconds (ADR 0014), and a network is never idle.
	 */
	public static final Duration SETTLE = Duration.ofSeconds(15);

	/** Posts in flight at most. */
	static final int SENDERS = 16;

	private final AtomicBoolean stopping = new AtomicBoolean();

	private final AtomicLong posted = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final List<Thread> senders = new ArrayList<>();

	private final long started = System.nanoTime();

	private volatile long stopped;

	private BackgroundPosting(double rate, List<Member> authors, Function<Member, String> post, long seed) {
		long interval = (long) (1e9 / rate);
		AtomicLong next = new AtomicLong();
		SplittableRandom seeds = new SplittableRandom(seed);
		for (int i = 0; i < SENDERS; i++) {
			SplittableRandom random = seeds.split();
			this.senders.add(Thread.ofPlatform().daemon().name("background-post-" + i).start(() -> {
				while (!this.stopping.get()) {
					long due = this.started + next.getAndIncrement() * interval;
					long wait;
					while ((wait = due - System.nanoTime()) > 0 && !this.stopping.get()) {
						LockSupport.parkNanos(Math.min(wait, 50_000_000L));
					}
					if (this.stopping.get()) {
						return;
					}
					try {
						post.apply(authors.get(random.nextInt(authors.size())));
						this.posted.incrementAndGet();
					}
					catch (RuntimeException ex) {
						this.failed.incrementAndGet();
					}
				}
			}));
		}
	}

	/**
	 * Starts posting.
	 * @param rate statuses per second
	 * @param authors who posts, one picked at random for each status
	 * @param post posts a status by a member and answers its id once acknowledged
	 * @param seed seed of the choice of authors
	 */
	public static BackgroundPosting start(double rate, List<Member> authors, Function<Member, String> post, long seed) {
		if (!(rate > 0) || authors.isEmpty()) {
			throw new IllegalArgumentException("Background posting needs a positive rate and authors");
		}
		return new BackgroundPosting(rate, authors, post, seed);
	}

	/** Statuses acknowledged per second, from the start until closed (or until now). */
	public double postsPerSecond() {
		long end = (this.stopped != 0) ? this.stopped : System.nanoTime();
		return this.posted.get() / ((end - this.started) / 1e9);
	}

	public long posted() {
		return this.posted.get();
	}

	public long failed() {
		return this.failed.get();
	}

	/** Stops posting and waits for the posts in flight. */
	@Override
	public void close() {
		if (this.stopping.compareAndSet(false, true)) {
			for (Thread sender : this.senders) {
				try {
					sender.join();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted", ex);
				}
			}
			this.stopped = System.nanoTime();
		}
	}

}
