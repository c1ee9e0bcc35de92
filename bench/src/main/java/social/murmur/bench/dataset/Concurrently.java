package social.murmur.bench.dataset;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs many API calls at once on virtual threads, at most a given number in flight, and
 * reports progress. A call that fails is tried again a few times (a service may answer
 * 503 while it catches up), then the whole step fails and no more calls start.
 */
final class Concurrently {

	private static final int ATTEMPTS = 4;

	private Concurrently() {
	}

	/**
	 * Runs {@code task} for 0 until {@code count} and answers the results in that order.
	 */
	static <T> List<T> run(String step, int count, int parallelism, IntFunction<T> task, Consumer<String> progress) {
		Semaphore slots = new Semaphore(parallelism);
		AtomicInteger done = new AtomicInteger();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		Object[] results = new Object[count];
		long started = System.nanoTime();
		int every = Math.max(1, count / 10);
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < count && failure.get() == null; i++) {
				int index = i;
				slots.acquireUninterruptibly();
				executor.execute(() -> {
					try {
						results[index] = withRetries(() -> task.apply(index));
						int finished = done.incrementAndGet();
						if (finished % every == 0) {
							double seconds = (System.nanoTime() - started) / 1e9;
							progress.accept(String.format("%s: %,d of %,d (%.0f/s)", step, finished, count,
									finished / seconds));
						}
					}
					catch (RuntimeException ex) {
						failure.compareAndSet(null, ex);
					}
					finally {
						slots.release();
					}
				});
			}
		}
		RuntimeException failed = failure.get();
		if (failed != null) {
			throw new IllegalStateException(step + " failed: " + failed.getMessage(), failed);
		}
		@SuppressWarnings("unchecked")
		List<T> answers = (List<T>) new ArrayList<>(Arrays.asList(results));
		return answers;
	}

	private static <T> T withRetries(Supplier<T> call) {
		RuntimeException last = new IllegalStateException("not tried");
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			try {
				return call.get();
			}
			catch (IllegalStateException | UncheckedIOException ex) {
				last = ex;
				try {
					Thread.sleep(200L << attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
		throw last;
	}

}
