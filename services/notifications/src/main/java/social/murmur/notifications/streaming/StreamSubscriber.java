package social.murmur.notifications.streaming;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.streaming.StreamEvent;
import social.murmur.contracts.streaming.UserStreams;
import social.murmur.platform.logging.OccasionalWarning;
import social.murmur.platform.redis.PubSubConnections;

/**
 * The one Redis pub/sub connection of this instance, subscribed to the channel of every
 * account connected here and to every public or hashtag channel a connection here
 * follows, so that an event published by any service or instance reaches the connections
 * here. However many connections follow a channel, the instance subscribes to it once.
 * Messages arrive on Lettuce's I/O thread and are only parsed and queued on it (see
 * {@link ClientConnection}).
 * <p>
 * Lettuce reconnects by itself and subscribes again to the channels it had; subscriptions
 * asked for while Redis was away (or before the first connection succeeded) are made
 * again by {@link #resubscribeIfNeeded()}. A message on a channel that no connection here
 * needs any more unsubscribes it, so that a subscription never outlives its connections
 * for long.
 */
@Component
class StreamSubscriber {

	private final OccasionalWarning redisDown = new OccasionalWarning(LoggerFactory.getLogger(StreamSubscriber.class),
			Duration.ofMinutes(1));

	private final OccasionalWarning badMessage = new OccasionalWarning(LoggerFactory.getLogger(StreamSubscriber.class),
			Duration.ofMinutes(1));

	private final LettuceConnectionFactory connectionFactory;

	private final LocalConnections connections;

	private final StreamMessages messages;

	private final AtomicBoolean needsResubscribe = new AtomicBoolean();

	private volatile @Nullable StatefulRedisPubSubConnection<String, String> connection;

	StreamSubscriber(LettuceConnectionFactory connectionFactory, LocalConnections connections,
			StreamMessages messages) {
		this.connectionFactory = connectionFactory;
		this.connections = connections;
		this.messages = messages;
	}

	/** Connects unless connected; answers whether there is a connection now. */
	synchronized boolean connect() {
		if (this.connection != null) {
			return true;
		}
		try {
			this.connection = PubSubConnections.open(this.connectionFactory, this::received);
			this.needsResubscribe.set(true);
			return true;
		}
		catch (RuntimeException ex) {
			this.redisDown.warn("Could not open the Redis pub/sub connection for streams", ex);
			return false;
		}
	}

	/** Subscribes to a channel, without waiting for Redis's answer. */
	void subscribe(String channel) {
		request(channel);
	}

	/**
	 * Subscribes to channels and waits, at most the given time, for Redis to confirm, so
	 * that what is published on them afterwards reaches this instance. A failure or a
	 * timeout is logged now and then and leaves the subscriptions to
	 * {@link #resubscribeIfNeeded()}.
	 */
	void subscribeAndWait(Duration timeout, String... channels) {
		CompletableFuture<?> confirmed = request(channels);
		try {
			confirmed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.needsResubscribe.set(true);
		}
		catch (ExecutionException ex) {
			// Logged and left to resubscribeIfNeeded by request.
		}
		catch (TimeoutException ex) {
			this.needsResubscribe.set(true);
			this.redisDown.warn("Redis did not confirm a stream subscription in time", ex);
		}
	}

	/**
	 * Sends a {@code SUBSCRIBE}; a failure, or no connection, leaves the channels to
	 * {@link #resubscribeIfNeeded()}. Answers Redis's confirmation, done at once when
	 * there is nothing to wait for.
	 */
	private CompletableFuture<?> request(String... channels) {
		StatefulRedisPubSubConnection<String, String> current = this.connection;
		if (current == null) {
			this.needsResubscribe.set(true);
			return CompletableFuture.completedFuture(null);
		}
		try {
			return current.async().subscribe(channels).toCompletableFuture().whenComplete((done, ex) -> {
				if (ex != null) {
					this.needsResubscribe.set(true);
					this.redisDown.warn("Could not subscribe to stream channels", ex);
				}
			});
		}
		catch (RuntimeException ex) {
			this.needsResubscribe.set(true);
			this.redisDown.warn("Could not subscribe to stream channels", ex);
			return CompletableFuture.completedFuture(null);
		}
	}

	/** Unsubscribes from a channel, without waiting for Redis's answer. */
	void unsubscribe(String channel) {
		StatefulRedisPubSubConnection<String, String> current = this.connection;
		if (current == null) {
			return;
		}
		try {
			current.async().unsubscribe(channel).exceptionally((ex) -> null);
		}
		catch (RuntimeException ex) {
			// Redis is away: the subscription went with the connection, and a message
			// for nobody unsubscribes it later anyway.
		}
	}

	/**
	 * Subscribes again to the channel of every account connected here and to every public
	 * or hashtag channel followed here, after a failed subscription or a new connection.
	 * Subscribing twice is harmless in Redis.
	 */
	void resubscribeIfNeeded() {
		if (!connect() || !this.needsResubscribe.getAndSet(false)) {
			return;
		}
		for (long account : this.connections.accounts()) {
			this.connections.whenPresent(account, () -> subscribe(UserStreams.channel(account)));
		}
		for (String channel : this.connections.channels()) {
			this.connections.whenPresent(channel, () -> subscribe(channel));
		}
	}

	synchronized void close() {
		StatefulRedisPubSubConnection<String, String> current = this.connection;
		this.connection = null;
		if (current != null) {
			current.close();
		}
	}

	private void received(String channel, String message) {
		StreamEvent event = this.messages.readEvent(message).orElse(null);
		if (event == null) {
			this.badMessage.warn("Ignoring a message that is not a stream event on " + channel,
					new IllegalArgumentException(message.length() > 200 ? message.substring(0, 200) : message));
			return;
		}
		long accountId = UserStreams.accountOf(channel);
		if (accountId >= 0) {
			if (!this.connections.deliver(accountId, event)) {
				this.connections.whenAbsent(accountId, () -> unsubscribe(channel));
			}
		}
		else if (!this.connections.deliver(channel, event)) {
			this.connections.whenAbsent(channel, () -> unsubscribe(channel));
		}
	}

}
