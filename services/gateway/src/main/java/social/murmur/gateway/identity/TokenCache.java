package social.murmur.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import social.murmur.gateway.GatewayProperties;
import social.murmur.platform.logging.OccasionalWarning;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Auth's answers about tokens, in Redis under {@code gateway:token:<sha256 hex>} so that
 * every gateway instance shares them. Reads and writes fail soft: without Redis the
 * gateway asks auth every time, slower but correct.
 */
@Component
class TokenCache {

	static final String KEY_PREFIX = "gateway:token:";

	/**
	 * What a revoked token's entry holds. A marker rather than a deletion: a resolution
	 * that asked auth just before the revocation must not put the token back, and entries
	 * are only ever written if absent.
	 */
	static final String REVOKED = "revoked";

	private static final Logger logger = LoggerFactory.getLogger(TokenCache.class);

	private final OccasionalWarning redisDown = new OccasionalWarning(logger, Duration.ofMinutes(1));

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final Duration ttl;

	private final Clock clock;

	TokenCache(StringRedisTemplate redis, JsonMapper json, GatewayProperties properties, Clock clock) {
		this.redis = redis;
		this.json = json;
		this.ttl = properties.tokenCacheTtl();
		this.clock = clock;
	}

	Optional<ResolvedToken> find(String digest) {
		String value;
		try {
			value = this.redis.opsForValue().get(key(digest));
		}
		catch (RuntimeException ex) {
			this.redisDown.warn("Redis is unavailable, resolving tokens without the cache", ex);
			return Optional.empty();
		}
		if (value == null) {
			return Optional.empty();
		}
		if (REVOKED.equals(value)) {
			return Optional.of(ResolvedToken.INACTIVE);
		}
		try {
			return Optional.of(this.json.readValue(value, ResolvedToken.class));
		}
		catch (JacksonException ex) {
			// An entry written by another version of the gateway: ask auth instead.
			return Optional.empty();
		}
	}

	void store(String digest, ResolvedToken token) {
		Duration entryTtl = token.cacheTtl(TokenLifetime.spread(this.ttl), this.clock.instant());
		if (entryTtl.toMillis() <= 0) {
			return;
		}
		try {
			this.redis.opsForValue().setIfAbsent(key(digest), this.json.writeValueAsString(token), entryTtl);
		}
		catch (RuntimeException ex) {
			this.redisDown.warn("Redis is unavailable, resolved tokens are not cached", ex);
		}
	}

	/**
	 * Marks a token revoked. Unlike the other operations this one fails when Redis is
	 * down, so that the event is retried rather than lost.
	 */
	void revoke(String digest) {
		this.redis.opsForValue().set(key(digest), REVOKED, this.ttl);
	}

	static String key(String digest) {
		return KEY_PREFIX + digest.toLowerCase(Locale.ROOT);
	}

}
