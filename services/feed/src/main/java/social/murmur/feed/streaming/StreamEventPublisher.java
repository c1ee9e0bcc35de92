package social.murmur.feed.streaming;

import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import social.murmur.contracts.streaming.StreamEvent;
import social.murmur.contracts.streaming.UserStreams;
import social.murmur.platform.logging.OccasionalWarning;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes stream events on the accounts' channels, one pipelined round trip per call.
 * Delivery is at most once, as with Mastodon: a failure (Redis down) is logged now and
 * then and otherwise ignored, so it never fails or repeats the fan-out that published.
 */
@Component
class StreamEventPublisher {

	private static final Logger logger = LoggerFactory.getLogger(StreamEventPublisher.class);

	private static final String FAILED_WARNING = "Could not publish stream events; connected clients miss them and catch up over HTTP";

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final OccasionalWarning failed = new OccasionalWarning(logger, Duration.ofMinutes(1));

	StreamEventPublisher(StringRedisTemplate redis, JsonMapper json) {
		this.redis = redis;
		this.json = json;
	}

	/** The event as published: the {@link StreamEvent} as JSON. */
	byte[] encode(StreamEvent event) {
		return this.json.writeValueAsBytes(event);
	}

	/** Publishes an encoded event to each account's channel. */
	void publish(Collection<Long> accounts, byte[] event) {
		if (accounts.isEmpty()) {
			return;
		}
		try {
			this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
				for (long account : accounts) {
					connection.commands().publish(UserStreams.channel(account).getBytes(StandardCharsets.UTF_8), event);
				}
				return null;
			});
		}
		catch (RuntimeException ex) {
			this.failed.warn(FAILED_WARNING, ex);
		}
	}

}
