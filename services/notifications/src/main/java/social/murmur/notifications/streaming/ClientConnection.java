package social.murmur.notifications.streaming;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.SessionLimitExceededException;
import social.murmur.contracts.streaming.StreamEvent;
import social.murmur.platform.identity.Identity;

/**
 * One client's WebSocket: the streams it subscribed to and the messages on their way to
 * it. Events arrive on Redis's pub/sub thread, which must never wait for a client: they
 * are queued here, in order, and sent by a virtual thread, through Spring's
 * {@link ConcurrentWebSocketSessionDecorator} (pings come through it too, from another
 * thread). A client that does not keep up (too many messages waiting, a send stuck for
 * longer than {@link #SEND_TIME_LIMIT_MS}, or the decorator's buffer full) is
 * disconnected with 1011, as Mastodon drops such clients too; it reconnects and catches
 * up over HTTP.
 */
final class ClientConnection {

	static final int SEND_TIME_LIMIT_MS = 10_000;

	static final int BUFFER_SIZE_LIMIT = 512 * 1024;

	static final int MAX_WAITING_MESSAGES = 1_000;

	private final ConcurrentWebSocketSessionDecorator session;

	private final Identity identity;

	private final long accountId;

	private final StreamMessages messages;

	private final Executor senders;

	/** By {@link Subscription#key()}. */
	private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();

	private final Queue<WebSocketMessage<?>> waiting = new ConcurrentLinkedQueue<>();

	private final AtomicInteger waitingCount = new AtomicInteger();

	private final AtomicBoolean draining = new AtomicBoolean();

	private final AtomicBoolean closed = new AtomicBoolean();

	ClientConnection(WebSocketSession session, Identity identity, StreamMessages messages, Executor senders) {
		this.session = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, BUFFER_SIZE_LIMIT);
		this.identity = identity;
		this.accountId = identity.requireAccount();
		this.messages = messages;
		this.senders = senders;
	}

	long accountId() {
		return this.accountId;
	}

	Identity identity() {
		return this.identity;
	}

	/**
	 * Adds a subscription; answers whether the connection now follows a public or hashtag
	 * channel that it did not follow before (and should be registered for it).
	 */
	synchronized boolean subscribe(Subscription subscription) {
		if (this.subscriptions.putIfAbsent(subscription.key(), subscription) != null) {
			return false;
		}
		String channel = subscription.channel();
		return channel != null && subscriptionsOn(channel) == 1;
	}

	/**
	 * Removes a subscription; answers whether the connection no longer follows the public
	 * or hashtag channel it came on (and should be unregistered from it).
	 */
	synchronized boolean unsubscribe(Subscription subscription) {
		if (this.subscriptions.remove(subscription.key()) == null) {
			return false;
		}
		String channel = subscription.channel();
		return channel != null && subscriptionsOn(channel) == 0;
	}

	/** The public and hashtag channels the connection follows. */
	synchronized Set<String> channels() {
		return this.subscriptions.values()
			.stream()
			.map(Subscription::channel)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
	}

	boolean isClosed() {
		return this.closed.get();
	}

	/**
	 * Passes an event from the account's channel on, once for each of the account's
	 * streams subscribed to that carries it.
	 */
	void deliver(StreamEvent event) {
		for (Subscription subscription : this.subscriptions.values()) {
			if (subscription.name().carries(event)) {
				enqueue(new TextMessage(this.messages.toClient(subscription, event)));
			}
		}
	}

	/**
	 * Passes an event from a public or hashtag channel on, once for each subscription on
	 * that channel ({@code public} and {@code public:local} both get it, as in Mastodon).
	 */
	void deliver(String channel, StreamEvent event) {
		for (Subscription subscription : this.subscriptions.values()) {
			if (channel.equals(subscription.channel())) {
				enqueue(new TextMessage(this.messages.toClient(subscription, event)));
			}
		}
	}

	private long subscriptionsOn(String channel) {
		return this.subscriptions.values().stream().filter((each) -> channel.equals(each.channel())).count();
	}

	/**
	 * Sends the client an {@code {"error": ...}} message, leaving the connection open.
	 */
	void sendError(String error) {
		enqueue(new TextMessage(this.messages.error(error)));
	}

	/**
	 * A ping frame, sent apart from the queue: when the sending thread is stuck on this
	 * client, the decorator notices here and the client is dropped.
	 */
	void ping() {
		if (!this.closed.get()) {
			this.senders.execute(() -> send(new PingMessage()));
		}
	}

	/** Closes the connection from this side, without waiting for it. */
	void close(CloseStatus status) {
		if (this.closed.compareAndSet(false, true)) {
			this.waiting.clear();
			this.senders.execute(() -> {
				try {
					this.session.close(status);
				}
				catch (IOException | RuntimeException ex) {
					// gone already
				}
			});
		}
	}

	/** Records that the client went away. */
	void closed() {
		this.closed.set(true);
		this.waiting.clear();
	}

	private void enqueue(WebSocketMessage<?> message) {
		if (this.closed.get()) {
			return;
		}
		if (this.waitingCount.get() >= MAX_WAITING_MESSAGES
				|| this.session.getTimeSinceSendStarted() > SEND_TIME_LIMIT_MS) {
			close(CloseStatus.SESSION_NOT_RELIABLE);
			return;
		}
		this.waiting.add(message);
		this.waitingCount.incrementAndGet();
		if (this.draining.compareAndSet(false, true)) {
			this.senders.execute(this::drain);
		}
	}

	private void drain() {
		while (true) {
			WebSocketMessage<?> message;
			while ((message = this.waiting.poll()) != null) {
				this.waitingCount.decrementAndGet();
				send(message);
			}
			this.draining.set(false);
			// A message queued after the last poll but before the flag was cleared would
			// otherwise wait for the next one.
			if (this.waiting.isEmpty() || !this.draining.compareAndSet(false, true)) {
				return;
			}
		}
	}

	private void send(WebSocketMessage<?> message) {
		if (this.closed.get()) {
			return;
		}
		try {
			this.session.sendMessage(message);
		}
		catch (SessionLimitExceededException ex) {
			close(CloseStatus.SESSION_NOT_RELIABLE);
		}
		catch (IOException | RuntimeException ex) {
			close(CloseStatus.SERVER_ERROR);
		}
	}

}
