package social.murmur.platform.redis;

import java.util.function.BiConsumer;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Opens a Redis pub/sub connection of a service's own, on the client (and so the
 * settings) of its Spring connection factory, whether Redis is one server or a cluster.
 * Lettuce reconnects it by itself and subscribes it again to the channels it had.
 */
public final class PubSubConnections {

	private PubSubConnections() {
	}

	/**
	 * A new connection whose messages, channel and text, go to the given consumer on
	 * Lettuce's I/O thread, so it must not block. Throws when Redis cannot be reached.
	 */
	public static StatefulRedisPubSubConnection<String, String> open(LettuceConnectionFactory connectionFactory,
			BiConsumer<String, String> onMessage) {
		AbstractRedisClient client = connectionFactory.getRequiredNativeClient();
		StatefulRedisPubSubConnection<String, String> connection = (client instanceof RedisClusterClient cluster)
				? cluster.connectPubSub(StringCodec.UTF8) : ((RedisClient) client).connectPubSub(StringCodec.UTF8);
		connection.addListener(new RedisPubSubAdapter<>() {
			@Override
			public void message(String channel, String message) {
				onMessage.accept(channel, message);
			}
		});
		return connection;
	}

}
