package social.murmur.gateway.identity;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long an answer about a token is cached, in memory and in Redis: a random share
 * between three quarters and all of {@code murmur.gateway.token-cache-ttl}.
 * <p>
 * With one lifetime for all, clients that started together (after a deploy of the
 * gateway, or in a load test) have their tokens expire together, are all resolved again
 * together, and so stay together: a burst of introspections at auth every lifetime, for
 * as long as they stay active. The benchmark saw one every 60 s, which cut home reads by
 * a third for a few seconds (docs/adr/0014). Random lifetimes spread the first burst over
 * a quarter of the lifetime, and each later one further.
 */
final class TokenLifetime {

	/** The shortest lifetime, as a share of the longest. */
	static final double SHORTEST_SHARE = 0.75;

	private TokenLifetime() {
	}

	/** A lifetime between {@link #SHORTEST_SHARE} of {@code longest} and all of it. */
	static Duration spread(Duration longest) {
		long nanos = longest.toNanos();
		if (nanos <= 0) {
			return longest;
		}
		long shortest = (long) (nanos * SHORTEST_SHARE);
		return Duration.ofNanos(shortest + ThreadLocalRandom.current().nextLong(nanos - shortest + 1));
	}

}
