package social.murmur.notifications.streaming;

import java.io.IOException;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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

	private final Set<StreamName> streams = ConcurrentHashMap.newKeySet();

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

	boolean subscribe(StreamName stream) {
		return this.streams.add(stream);
	}

	void unsubscribe(StreamName stream) {
		this.streams.remove(stream);
	}

	Set<StreamName> streams() {
		return Set.copyOf(this.streams);
	}

	/** Passes an event on, once for each subscribed stream that carries it. */
	void deliver(StreamEvent event) {
		for (StreamName stream : this.streams) {
			if (stream.carries(event)) {
				enqueue(new TextMessage(this.messages.toClient(stream, event)));
			}
		}
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
