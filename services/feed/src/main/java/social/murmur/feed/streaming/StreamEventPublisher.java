package social.murmur.feed.streaming;

import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import social.murmur.contracts.streaming.StreamEvent;
import social.murmur.contracts.streaming.UserStreams;
import social.murmur.platform.logging.OccasionalWarning;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes stream events on the accounts' channels, or on the public and hashtag
 * channels, one pipelined round trip per call. Delivery is at most once, as with
 * Mastodon: a failure (Redis down) is logged now and then and otherwise ignored, so it
 * never fails or repeats the fan-out that published.
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

	/**
	 * The event as published: the {@link StreamEvent} as JSON, written field by field
	 * ({@code {"event":..,"payload":..}}), since serializing the record would add its
	 * {@code isNotification()} as a {@code "notification"} field.
	 */
	byte[] encode(StreamEvent event) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("event", event.event());
		fields.put("payload", event.payload());
		return this.json.writeValueAsBytes(fields);
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

	/**
	 * Publishes an encoded event on each channel, and sends the other commands in the
	 * same pipelined round trip.
	 */
	void publishOn(Collection<String> channels, byte[] event, Consumer<RedisConnection> alongside) {
		try {
			this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
				for (String channel : channels) {
					connection.commands().publish(channel.getBytes(StandardCharsets.UTF_8), event);
				}
				alongside.accept(connection);
				return null;
			});
		}
		catch (RuntimeException ex) {
			this.failed.warn(FAILED_WARNING, ex);
		}
	}

	/** Logs now and then that events could not be published. */
	void failed(RuntimeException ex) {
		this.failed.warn(FAILED_WARNING, ex);
	}

}
