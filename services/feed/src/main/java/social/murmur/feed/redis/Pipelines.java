package social.murmur.feed.redis;

import java.util.function.Consumer;

import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs writes of several stores in one round trip to Redis. A command that fails makes
 * {@link #run} throw once all have been answered; the others have been applied, so the
 * writes sent together must each be safe to repeat.
 */
@Component
public class Pipelines {

	private final StringRedisTemplate redis;

	public Pipelines(StringRedisTemplate redis) {
		this.redis = redis;
	}

	public void run(Consumer<Pipeline> writes) {
		this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			writes.accept(new Pipeline(connection));
			return null;
		});
	}

}
