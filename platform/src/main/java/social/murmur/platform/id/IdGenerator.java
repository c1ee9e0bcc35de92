package social.murmur.platform.id;

import java.time.Clock;
import java.time.Instant;

/**
 * Snowflake-style ids: 41 bits of milliseconds since 2024-01-01, 10 bits of worker id, 12
 * bits of sequence. Ids sort by creation time, so they double as cursors for paging, and
 * two instances with different worker ids never collide.
 */
public final class IdGenerator {

	static final long EPOCH_MILLIS = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

	private static final int WORKER_BITS = 10;

	private static final int SEQUENCE_BITS = 12;

	private static final long MAX_WORKER = (1L << WORKER_BITS) - 1;

	private static final long SEQUENCE_MASK = (1L << SEQUENCE_BITS) - 1;

	private final long worker;

	private final Clock clock;

	private long lastMillis = -1;

	private long sequence;

	public IdGenerator(long worker) {
		this(worker, Clock.systemUTC());
	}

	IdGenerator(long worker, Clock clock) {
		if (worker < 0 || worker > MAX_WORKER) {
			throw new IllegalArgumentException("Worker id must be between 0 and " + MAX_WORKER + ", was " + worker);
		}
		this.worker = worker;
		this.clock = clock;
	}

	public synchronized long next() {
		long now = Math.max(this.clock.millis(), this.lastMillis);
		if (now == this.lastMillis) {
			this.sequence = (this.sequence + 1) & SEQUENCE_MASK;
			if (this.sequence == 0) {
				now = this.lastMillis + 1;
			}
		}
		else {
			this.sequence = 0;
		}
		this.lastMillis = now;
		return ((now - EPOCH_MILLIS) << (WORKER_BITS + SEQUENCE_BITS)) | (this.worker << SEQUENCE_BITS) | this.sequence;
	}

	/**
	 * The smallest id that could have been made at the given instant, for time-based
	 * cursors.
	 */
	public static long lowestIdAt(Instant instant) {
		return (instant.toEpochMilli() - EPOCH_MILLIS) << (WORKER_BITS + SEQUENCE_BITS);
	}

	/** When the given id was made. */
	public static Instant createdAt(long id) {
		return Instant.ofEpochMilli((id >>> (WORKER_BITS + SEQUENCE_BITS)) + EPOCH_MILLIS);
	}

}
