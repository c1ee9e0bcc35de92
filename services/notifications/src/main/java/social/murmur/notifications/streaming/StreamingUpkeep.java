package social.murmur.notifications.streaming;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * What keeps this instance's streams alive: presence refreshed every 20 s (and stale
 * entries of stopped instances dropped), the Redis pub/sub connection opened (and
 * subscriptions made again) within a second of Redis being reachable, and a ping to every
 * client every 30 s so that idle proxies keep the connections. On shutdown, closes every
 * connection with 1001 (going away) before the web server stops, so that clients
 * reconnect to another instance.
 */
@Component
class StreamingUpkeep implements SmartLifecycle {

	static final Duration PING_INTERVAL = Duration.ofSeconds(30);

	static final Duration RESUBSCRIBE_INTERVAL = Duration.ofSeconds(1);

	private static final Logger logger = LoggerFactory.getLogger(StreamingUpkeep.class);

	private final LocalConnections connections;

	private final StreamSubscriber subscriber;

	private final Presence presence;

	private final StreamingHandler handler;

	private volatile @Nullable ScheduledExecutorService scheduler;

	StreamingUpkeep(LocalConnections connections, StreamSubscriber subscriber, Presence presence,
			StreamingHandler handler) {
		this.connections = connections;
		this.subscriber = subscriber;
		this.presence = presence;
		this.handler = handler;
	}

	@Override
	public void start() {
		ScheduledExecutorService started = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("streaming-upkeep").daemon(true).factory());
		started.scheduleWithFixedDelay(this::resubscribe, 0, RESUBSCRIBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
		started.scheduleAtFixedRate(this::refresh, 0, Presence.REFRESH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
		started.scheduleAtFixedRate(this::ping, PING_INTERVAL.toMillis(), PING_INTERVAL.toMillis(),
				TimeUnit.MILLISECONDS);
		this.scheduler = started;
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.scheduler;
		this.scheduler = null;
		if (running != null) {
			running.shutdownNow();
		}
		this.handler.closeAll();
		this.subscriber.close();
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

	private void resubscribe() {
		try {
			this.subscriber.resubscribeIfNeeded();
		}
		catch (RuntimeException ex) {
			// A scheduled task that throws is never run again.
			logger.warn("Could not subscribe to stream channels again; trying again in {}", RESUBSCRIBE_INTERVAL, ex);
		}
	}

	private void refresh() {
		try {
			this.presence.online(this.connections.accounts());
			this.presence.forgetExpired();
		}
		catch (RuntimeException ex) {
			// A scheduled task that throws is never run again.
			logger.warn("Streaming upkeep failed; trying again in {}", Presence.REFRESH_INTERVAL, ex);
		}
	}

	private void ping() {
		try {
			this.connections.all().forEach(ClientConnection::ping);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not ping streaming clients", ex);
		}
	}

}
