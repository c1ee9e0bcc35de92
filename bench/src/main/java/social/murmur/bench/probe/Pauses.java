package social.murmur.bench.probe;

import java.time.Duration;

/**
 * Pauses between a benchmark's steps. An interruption ends the run: the thread keeps its
 * interrupted status, and the pause throws.
 */
public final class Pauses {

	private Pauses() {
	}

	public static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
