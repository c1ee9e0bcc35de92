package social.murmur.gateway.ratelimit;

import java.time.Instant;

/**
 * The outcome of counting a request, and what the {@code X-RateLimit-*} headers say.
 *
 * @param limit requests allowed in the window
 * @param remaining requests left in the window
 * @param resetsAt when the window ends
 * @param allowed whether this request may go on
 */
record Decision(int limit, int remaining, Instant resetsAt, boolean allowed) {

	/** The request was the {@code count}th of its window. */
	static Decision counted(int limit, long count, Instant resetsAt) {
		return new Decision(limit, (int) Math.max(0, limit - count), resetsAt, count <= limit);
	}

	/** Nothing could be counted (Redis is down): let the request through. */
	static Decision uncounted(int limit, Instant resetsAt) {
		return new Decision(limit, limit, resetsAt, true);
	}

}
