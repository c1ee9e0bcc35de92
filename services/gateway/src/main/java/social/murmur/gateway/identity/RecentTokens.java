package social.murmur.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Tokens this instance resolved lately, in memory, in front of the cache every instance
 * shares in Redis: a client's requests after its first cost no round trip to Redis until
 * the answer is as old as {@code murmur.gateway.token-cache-ttl}, or a random three
 * quarters of it or more ({@link TokenLifetime}), never past the token's expiry. That was
 * one of the gateway's two Redis round trips per request (the other counts the rate
 * limit), each a few thread wake-ups in the gateway and in Redis (docs/adr/0012).
 * <p>
 * A revocation reaches every instance's memory at once ({@link TokenRevokedListener}). It
 * leaves a revoked answer in place of the token's, which an answer fetched before the
 * revocation cannot replace: answers are only ever added where none is.
 */
class RecentTokens {

	/** Tokens kept at most, about 200 bytes each. */
	static final int CAPACITY = 200_000;

	private final Cache<String, ResolvedToken> tokens;

	private final Duration ttl;

	private final Clock clock;

	/**
	 * @param ttl how long an answer is kept at most
	 * @param clock what tells whether a token has expired
	 */
	RecentTokens(Duration ttl, Clock clock) {
		this.ttl = ttl;
		this.clock = clock;
		// Upkeep on the calling thread, not a pool thread woken per write (ADR 0012).
		this.tokens = Caffeine.newBuilder()
			.maximumSize(CAPACITY)
			.executor(Runnable::run)
			.expireAfter(new Expiry<String, ResolvedToken>() {

				@Override
				public long expireAfterCreate(String digest, ResolvedToken token, long currentTime) {
					return Math.max(0, lifetime(token).toNanos());
				}

				@Override
				public long expireAfterUpdate(String digest, ResolvedToken token, long currentTime,
						long currentDuration) {
					return expireAfterCreate(digest, token, currentTime);
				}

				@Override
				public long expireAfterRead(String digest, ResolvedToken token, long currentTime,
						long currentDuration) {
					return currentDuration;
				}

			})
			.build();
	}

	Optional<ResolvedToken> find(String digest) {
		return Optional.ofNullable(this.tokens.getIfPresent(digest));
	}

	/**
	 * Keeps an answer unless one is kept already (a revocation, say).
	 * @return the answer kept now: the one already there, else this one
	 */
	ResolvedToken remember(String digest, ResolvedToken token) {
		if (!lifetime(token).isPositive()) {
			return token;
		}
		ResolvedToken kept = this.tokens.asMap().putIfAbsent(digest, token);
		return (kept != null) ? kept : token;
	}

	void revoke(String digest) {
		this.tokens.put(digest, ResolvedToken.INACTIVE);
	}

	private Duration lifetime(ResolvedToken token) {
		return token.cacheTtl(TokenLifetime.spread(this.ttl), this.clock.instant());
	}

}
