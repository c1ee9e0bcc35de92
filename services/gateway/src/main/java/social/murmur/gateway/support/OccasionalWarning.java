package social.murmur.gateway.support;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;

/**
 * A warning logged at most once per interval. When Redis or a service is down, every
 * request notices; one line a minute says so without flooding the log.
 */
public final class OccasionalWarning {

	private final Logger logger;

	private final Duration interval;

	private final Clock clock;

	private final AtomicLong lastLogged = new AtomicLong(Long.MIN_VALUE);

	public OccasionalWarning(Logger logger, Duration interval) {
		this(logger, interval, Clock.systemUTC());
	}

	OccasionalWarning(Logger logger, Duration interval, Clock clock) {
		this.logger = logger;
		this.interval = interval;
		this.clock = clock;
	}

	/**
	 * Logs the message (with the failure's message, not its stack) unless logged lately.
	 */
	public void warn(String message, Throwable failure) {
		if (tryAcquire()) {
			this.logger.warn("{}: {} (repeats are not logged for {})", message, failure.toString(), this.interval);
		}
	}

	boolean tryAcquire() {
		long now = this.clock.millis();
		long last = this.lastLogged.get();
		return (last == Long.MIN_VALUE || now - last >= this.interval.toMillis())
				&& this.lastLogged.compareAndSet(last, now);
	}

}
