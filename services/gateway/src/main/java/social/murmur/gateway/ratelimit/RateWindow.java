package social.murmur.gateway.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * One fixed window of a rate limit. Windows are aligned to the epoch, so every gateway
 * instance agrees on them without talking to each other, and the reset time is known even
 * when Redis is not.
 *
 * @param index the window's number since the epoch (part of its Redis key)
 * @param resetsAt when the next window starts
 */
record RateWindow(long index, Instant resetsAt) {

	static RateWindow at(Instant now, Duration period) {
		long seconds = period.toSeconds();
		long index = Math.floorDiv(now.getEpochSecond(), seconds);
		return new RateWindow(index, Instant.ofEpochSecond((index + 1) * seconds));
	}

	/** Whole seconds until the window ends, at least one. */
	long secondsLeft(Instant now) {
		long millis = this.resetsAt.toEpochMilli() - now.toEpochMilli();
		return Math.max(1, (millis + 999) / 1000);
	}

}
