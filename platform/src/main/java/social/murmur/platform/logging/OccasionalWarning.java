package social.murmur.platform.logging;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;

/**
 * A warning about a failure that repeats while it lasts (a dependency down, Redis away),
 * logged at most once per interval with how many were held back since, so that an outage
 * is visible in the log without flooding it. Held-back occurrences are logged at debug
 * level with their stack.
 */
public final class OccasionalWarning {

	private final Logger logger;

	private final Duration interval;

	private final Clock clock;

	private final AtomicLong lastLogged = new AtomicLong(Long.MIN_VALUE);

	private final AtomicLong heldBack = new AtomicLong();

	public OccasionalWarning(Logger logger, Duration interval) {
		this(logger, interval, Clock.systemUTC());
	}

	OccasionalWarning(Logger logger, Duration interval, Clock clock) {
		this.logger = logger;
		this.interval = interval;
		this.clock = clock;
	}

	/**
	 * Logs the message with the failure's message (not its stack) unless a warning was
	 * logged within the interval.
	 * @param message what went wrong and what the service does instead
	 */
	public void warn(String message, Throwable failure) {
		if (tryAcquire()) {
			this.logger.warn("{}: {} ({} more like it since the last warning; repeats are held back for {})", message,
					failure.toString(), this.heldBack.getAndSet(0), this.interval);
		}
		else {
			this.heldBack.incrementAndGet();
			this.logger.debug(message, failure);
		}
	}

	boolean tryAcquire() {
		long now = this.clock.millis();
		long last = this.lastLogged.get();
		return (last == Long.MIN_VALUE || now - last >= this.interval.toMillis())
				&& this.lastLogged.compareAndSet(last, now);
	}

}
