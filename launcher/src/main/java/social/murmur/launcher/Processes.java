package social.murmur.launcher;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Stopping child processes: politely first (SIGTERM, so they shut down gracefully), then
 * firmly.
 */
final class Processes {

	private Processes() {
	}

	static void stop(Process process, Duration grace) {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				process.waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
