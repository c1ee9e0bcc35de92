package social.murmur.gateway.streaming;

import java.io.IOException;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.SessionLimitExceededException;
import social.murmur.gateway.GatewayProperties.Streaming;
import social.murmur.gateway.support.BearerToken;

/**
 * One client's stream: the client's WebSocket and the one the gateway opened to
 * notifications for it. Text messages are copied both ways unchanged, and notifications'
 * pings are passed on so that proxies in front of the gateway see traffic too. When
 * either side closes or fails, the other is closed ({@link CloseCodes}), once.
 * <p>
 * Notifications' socket is open before the client's handshake is answered, so messages it
 * sends meanwhile wait here (within the buffer limit) until the client is attached.
 * Afterwards each message is handed to the client before the next one is read from
 * notifications: a slow client holds back its own stream, and the send-time limit cuts it
 * off, so it never piles up memory in the gateway.
 */
final class Relay implements WebSocket.Listener {

	/** The client session attribute that holds its relay. */
	static final String ATTRIBUTE = Relay.class.getName();

	private static final Logger logger = LoggerFactory.getLogger(Relay.class);

	/** Tomcat's per-session limit on one blocking send. */
	private static final String TOMCAT_BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

	/**
	 * How long notifications may take to answer the gateway's close before it is cut off.
	 */
	private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

	/** Close reasons are limited to 123 bytes; this leaves room for any encoding. */
	private static final int MAX_REASON_CHARS = 30;

	static final CloseStatus TOKEN_REVOKED = CloseStatus.POLICY_VIOLATION.withReason("The access token is invalid");

	private final BearerToken token;

	private final String tokenDigest;

	private final Streaming settings;

	private final OpenStreams openStreams;

	private final AtomicBoolean finished = new AtomicBoolean();

	/** Only touched by notifications' listener calls, which come one at a time. */
	private final StringBuilder partial = new StringBuilder();

	private final Object lock = new Object();

	private @Nullable WebSocketSession client;

	private final List<WebSocketMessage<?>> early = new ArrayList<>();

	private long earlySize;

	private @Nullable CloseStatus earlyClose;

	private volatile @Nullable WebSocket upstream;

	Relay(BearerToken token, Streaming settings, OpenStreams openStreams) {
		this.token = token;
		this.tokenDigest = token.digest();
		this.settings = settings;
		this.openStreams = openStreams;
	}

	BearerToken token() {
		return this.token;
	}

	String tokenDigest() {
		return this.tokenDigest;
	}

	// Notifications' side (the JDK client calls these one at a time)

	@Override
	public void onOpen(WebSocket webSocket) {
		this.upstream = webSocket;
		webSocket.request(1);
	}

	@Override
	public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		this.partial.append(data);
		if (this.partial.length() > this.settings.maxMessageSize().toBytes()) {
			this.partial.setLength(0);
			logger.warn("Closing a stream: notifications sent a message over {}", this.settings.maxMessageSize());
			finish(CloseStatus.SERVER_ERROR, CloseStatus.SERVER_ERROR.getCode(), "Message too big");
			return null;
		}
		if (last) {
			String message = this.partial.toString();
			this.partial.setLength(0);
			toClient(new TextMessage(message));
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public @Nullable CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
		// The JDK client answers notifications' ping itself.
		WebSocketSession target;
		synchronized (this.lock) {
			target = this.client;
		}
		if (target != null) {
			ByteBuffer copy = ByteBuffer.allocate(message.remaining()).put(message).flip();
			send(target, new PingMessage(copy));
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public @Nullable CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
		// The streaming API is text only.
		webSocket.request(1);
		return null;
	}

	@Override
	public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		// The JDK client answers the close itself.
		finish(CloseCodes.toClient(statusCode, reason), null, "");
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		logger.debug("Notifications' side of a stream failed", error);
		finish(CloseStatus.SERVER_ERROR, null, "");
	}

	/**
	 * Notifications' side is open (the JDK client may report it here before or after
	 * {@link #onOpen}).
	 */
	void connected(WebSocket webSocket) {
		this.upstream = webSocket;
	}

	// The client's side

	/** The client's handshake succeeded: messages that waited go out, then the rest. */
	void attach(WebSocketSession session) {
		long sendTimeLimit = this.settings.sendTimeLimit().toMillis();
		if (session instanceof NativeWebSocketSession nativeSession
				&& nativeSession.getNativeSession() instanceof jakarta.websocket.Session tomcat) {
			// Bounds a blocking send even when no other message queues behind it.
			tomcat.getUserProperties().put(TOMCAT_BLOCKING_SEND_TIMEOUT, sendTimeLimit);
		}
		WebSocketSession decorated = new ConcurrentWebSocketSessionDecorator(session, (int) sendTimeLimit,
				(int) Math.min(Integer.MAX_VALUE, this.settings.bufferSizeLimit().toBytes()));
		CloseStatus closeNow;
		synchronized (this.lock) {
			// Under the lock, so that no newer message overtakes those that waited.
			this.client = decorated;
			closeNow = this.earlyClose;
			List<WebSocketMessage<?>> waiting = List.copyOf(this.early);
			this.early.clear();
			if (closeNow == null) {
				waiting.forEach((message) -> send(decorated, message));
			}
		}
		if (closeNow != null) {
			closeQuietly(decorated, closeNow);
			return;
		}
		this.openStreams.add(this);
		if (this.finished.get()) {
			this.openStreams.remove(this);
		}
	}

	/** A message from the client for notifications. */
	void toUpstream(String text) {
		WebSocket target = this.upstream;
		if (target == null || this.finished.get()) {
			return;
		}
		try {
			target.sendText(text, true).get(this.settings.sendTimeLimit().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			finish(CloseStatus.SERVER_ERROR, CloseStatus.SERVER_ERROR.getCode(), "");
		}
		catch (ExecutionException | TimeoutException | IllegalStateException ex) {
			logger.debug("A message could not be passed to notifications", ex);
			finish(CloseStatus.SERVER_ERROR, CloseStatus.SERVER_ERROR.getCode(), "");
		}
	}

	void clientClosed(CloseStatus status) {
		finish(null, CloseCodes.toUpstream(status.getCode()), status.getReason());
	}

	void clientFailed(Throwable failure) {
		logger.debug("The client's side of a stream failed", failure);
		finish(CloseStatus.SERVER_ERROR, CloseStatus.SERVER_ERROR.getCode(), "");
	}

	/** The client's token is no longer good. */
	void tokenRevoked() {
		finish(TOKEN_REVOKED, CloseStatus.NORMAL.getCode(), "");
	}

	/** The client's handshake failed after notifications' socket was opened. */
	void abandon() {
		this.finished.set(true);
		WebSocket target = this.upstream;
		if (target != null) {
			target.abort();
		}
	}

	// Both

	private void toClient(WebSocketMessage<?> message) {
		WebSocketSession target;
		synchronized (this.lock) {
			target = this.client;
			if (target == null) {
				if (this.finished.get()) {
					return;
				}
				this.early.add(message);
				this.earlySize += message.getPayloadLength();
				if (this.earlySize <= this.settings.bufferSizeLimit().toBytes()) {
					return;
				}
			}
		}
		if (target == null) {
			finish(CloseStatus.SERVER_ERROR, CloseStatus.SERVER_ERROR.getCode(), "");
			return;
		}
		send(target, message);
	}

	private void send(WebSocketSession target, WebSocketMessage<?> message) {
		try {
			target.sendMessage(message);
		}
		catch (SessionLimitExceededException ex) {
			logger.debug("Closing a stream whose client does not keep up: {}", ex.getMessage());
			finish(CloseStatus.SESSION_NOT_RELIABLE, CloseStatus.SERVER_ERROR.getCode(), "");
		}
		catch (IOException | RuntimeException ex) {
			// Tomcat's blocking send timed out, or the client went away.
			if (!this.finished.get()) {
				logger.debug("Closing a stream whose client cannot be written to", ex);
				finish(CloseStatus.SERVER_ERROR, CloseStatus.SERVER_ERROR.getCode(), "");
			}
		}
	}

	/**
	 * Ends the relay once: closes the client with {@code forClient} and notifications'
	 * socket with {@code forUpstream}, each when not null (the side that closed first
	 * needs nothing).
	 */
	private void finish(@Nullable CloseStatus forClient, @Nullable Integer forUpstream, @Nullable String reason) {
		if (!this.finished.compareAndSet(false, true)) {
			return;
		}
		this.openStreams.remove(this);
		if (forUpstream != null) {
			closeUpstream(forUpstream, reason);
		}
		if (forClient != null) {
			WebSocketSession target;
			synchronized (this.lock) {
				target = this.client;
				if (target == null) {
					this.earlyClose = forClient;
					this.early.clear();
				}
			}
			if (target != null) {
				closeQuietly(target, forClient);
			}
		}
	}

	private void closeUpstream(int code, @Nullable String reason) {
		WebSocket target = this.upstream;
		if (target == null) {
			return;
		}
		String shortReason = (reason == null || reason.length() > MAX_REASON_CHARS
				|| reason.getBytes(StandardCharsets.UTF_8).length > MAX_REASON_CHARS) ? "" : reason;
		try {
			target.sendClose(code, shortReason).whenComplete((socket, failure) -> {
				if (failure != null) {
					target.abort();
				}
			});
		}
		catch (RuntimeException ex) {
			target.abort();
			return;
		}
		CompletableFuture.delayedExecutor(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
			if (!target.isInputClosed()) {
				target.abort();
			}
		});
	}

	private static void closeQuietly(WebSocketSession session, CloseStatus status) {
		try {
			session.close(status);
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Closing a client's stream failed", ex);
		}
	}

}
