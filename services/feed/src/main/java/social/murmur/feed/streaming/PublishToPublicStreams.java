package social.murmur.feed.streaming;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisStringCommands;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.types.Expiration;
import org.springframework.stereotype.Service;
import social.murmur.contracts.streaming.PublicStreams;
import social.murmur.contracts.streaming.StreamEvent;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.cache.CachedStatus;
import social.murmur.feed.redis.Pipeline;

/**
 * Mastodon's public and hashtag streams ({@link PublicStreams}): each public status is
 * published once, whoever follows its author, on the channels {@link PublicChannels}
 * gives, and a deleted one is taken back on the same channels.
 * <p>
 * A deletion ({@code StatusDeleted}) carries only the status and author ids, and the
 * status cache loses a status when it is replied to (its replies count changed) or after
 * its time to live, so neither tells where a deleted status went. So the channels a
 * status was published on are remembered in {@code feed:public-channels:{<statusId>}} for
 * {@link FeedProperties#publicChannelsTtl()}, written in the same round trip as the
 * publishes (which is the fan-out's first round trip to Redis); a status deleted later,
 * or published before this was kept, gets no {@code delete} on the public streams
 * (clients still drop it when they load it over HTTP). Statuses that went on no public
 * channel leave no key.
 * <p>
 * A deletion's publishing is fire and forget, as for the accounts' channels: a failure is
 * logged now and then and never fails the removal. A status's is part of the fan-out's
 * first round trip, so it fails only with the fan-out's own writes, and the fan-out is
 * retried and publishes again (clients recognise a status by its id).
 */
@Service
public class PublishToPublicStreams {

	private static final String SEPARATOR = "\n";

	private final StreamEventPublisher publisher;

	private final StringRedisTemplate redis;

	private final Expiration remembered;

	public PublishToPublicStreams(StreamEventPublisher publisher, StringRedisTemplate redis,
			FeedProperties properties) {
		this.publisher = publisher;
		this.redis = redis;
		this.remembered = Expiration.milliseconds(properties.publicChannelsTtl().toMillis());
	}

	static String key(long statusId) {
		return "feed:public-channels:{" + statusId + "}";
	}

	/**
	 * Publishes the status's {@code update} on its public channels, if it has any, in the
	 * caller's pipeline: unlike a publish on its own, a failure there fails the caller,
	 * which happens only when Redis fails the caller's writes too.
	 * @param event the encoded event, rendered only when there is a channel to publish on
	 */
	void published(Pipeline pipeline, CachedStatus status, Supplier<byte[]> event) {
		List<String> channels = PublicChannels.of(status.bare());
		if (channels.isEmpty()) {
			return;
		}
		RedisConnection connection = pipeline.connection();
		byte[] encoded = event.get();
		for (String channel : channels) {
			connection.commands().publish(channel.getBytes(StandardCharsets.UTF_8), encoded);
		}
		connection.stringCommands()
			.set(key(status.id()).getBytes(StandardCharsets.UTF_8),
					String.join(SEPARATOR, channels).getBytes(StandardCharsets.UTF_8), this.remembered,
					RedisStringCommands.SetOption.upsert());
	}

	/**
	 * Publishes a {@code delete} of the status on the public channels it was published
	 * on, as far as they are remembered, and forgets them.
	 */
	public void deleted(long statusId) {
		String channels;
		try {
			channels = this.redis.opsForValue().getAndDelete(key(statusId));
		}
		catch (RuntimeException ex) {
			this.publisher.failed(ex);
			return;
		}
		if (channels == null || channels.isEmpty()) {
			return;
		}
		this.publisher.publishOn(Arrays.asList(channels.split(SEPARATOR)),
				this.publisher.encode(new StreamEvent(StreamEvent.DELETE, Long.toString(statusId))), (connection) -> {
				});
	}

}
