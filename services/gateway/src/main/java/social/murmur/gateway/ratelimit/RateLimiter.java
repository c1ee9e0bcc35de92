package social.murmur.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import social.murmur.platform.logging.OccasionalWarning;

/**
 * Counts requests in Redis. Increment and expiry run as one script, so a counter can
 * never be left without an expiry (and a client locked out for good) by a gateway that
 * dies between the two. Without Redis every request is let through: a lost rate limit is
 * better than a lost service.
 */
@Component
class RateLimiter {

	private static final RedisScript<Long> INCREMENT = RedisScript.of("""
			local count = redis.call('INCR', KEYS[1])
			if count == 1 then
			  redis.call('EXPIRE', KEYS[1], ARGV[1])
			end
			return count
			""", Long.class);

	private static final Logger logger = LoggerFactory.getLogger(RateLimiter.class);

	private final OccasionalWarning redisDown = new OccasionalWarning(logger, Duration.ofMinutes(1));

	private final StringRedisTemplate redis;

	private final Clock clock;

	RateLimiter(StringRedisTemplate redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	Decision consume(Budget budget) {
		Instant now = this.clock.instant();
		RateWindow window = RateWindow.at(now, budget.limit().period());
		Long count;
		try {
			count = this.redis.execute(INCREMENT, List.of(budget.key(window)),
					Long.toString(window.secondsLeft(now) + 1));
		}
		catch (RuntimeException ex) {
			this.redisDown.warn("Redis is unavailable, requests are not rate-limited", ex);
			return Decision.uncounted(budget.limit().limit(), window.resetsAt());
		}
		if (count == null) {
			return Decision.uncounted(budget.limit().limit(), window.resetsAt());
		}
		return Decision.counted(budget.limit().limit(), count, window.resetsAt());
	}

}
