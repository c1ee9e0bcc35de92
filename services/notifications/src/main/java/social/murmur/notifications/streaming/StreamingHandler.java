package social.murmur.notifications.streaming;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import social.murmur.contracts.streaming.UserStreams;
import social.murmur.platform.identity.Identity;

/**
 * The streaming WebSocket of one signed-in account: opens with the stream asked for in
 * the query ({@code stream}, and {@code tag} for a hashtag), if any, then follows the
 * client's {@code subscribe} and {@code unsubscribe} messages. Before a connection's
 * handshake is answered, this instance subscribes to its account's Redis channel and
 * marks it online ({@link #prepare}); the account's last connection here undoes both.
 * Likewise the first connection here to follow a public or hashtag stream subscribes the
 * instance to that stream's channel, and the last one to leave it (by {@code unsubscribe}
 * or by closing) unsubscribes.
 */
@Component
class StreamingHandler extends TextWebSocketHandler {

	static final String UNKNOWN_STREAM = "Unknown stream type";

	static final String MISSING_SCOPE = "Access token does not have the required scopes";

	/** How long a handshake waits for Redis to confirm the account's subscription. */
	static final Duration SUBSCRIBE_WAIT = Duration.ofSeconds(1);

	private static final String CONNECTION = StreamingHandler.class.getName() + ".connection";

	private final LocalConnections connections;

	private final StreamSubscriber subscriber;

	private final Presence presence;

	private final StreamMessages messages;

	private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

	StreamingHandler(LocalConnections connections, StreamSubscriber subscriber, Presence presence,
			StreamMessages messages) {
		this.connections = connections;
		this.subscriber = subscriber;
		this.presence = presence;
		this.messages = messages;
	}

	/**
	 * Readies an admitted connection before its handshake is answered: subscribes this
	 * instance to the account's channel, and to the public or hashtag channel of the
	 * stream asked for in the query if any, waiting for Redis to confirm, then marks the
	 * account online and announces it ({@link Presence#joined}). Whatever enters the
	 * connection's streams once its client sees it open therefore reaches it, even when
	 * the client acts at once (posts, or has a friend post). The connection itself is
	 * registered once open, a moment after the answer, while the client's act still
	 * travels through the gateway and a service; an event in that moment finds nobody
	 * here and is dropped, as for a closed connection. Redis being away costs the
	 * connection its live events only, as everywhere here.
	 */
	void prepare(long accountId, @Nullable String channel) {
		String account = UserStreams.channel(accountId);
		if (channel == null) {
			this.subscriber.subscribeAndWait(SUBSCRIBE_WAIT, account);
		}
		else {
			this.subscriber.subscribeAndWait(SUBSCRIBE_WAIT, account, channel);
		}
		this.presence.joined(accountId);
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		Identity identity = (Identity) session.getAttributes().get(StreamingHandshake.IDENTITY);
		if (identity == null) {
			closeQuietly(session);
			return;
		}
		ClientConnection connection = new ClientConnection(session, identity, this.messages, this.senders);
		session.getAttributes().put(CONNECTION, connection);
		if (session.getAttributes().get(StreamingHandshake.STREAM) instanceof String stream) {
			subscribe(connection, stream, (String) session.getAttributes().get(StreamingHandshake.TAG));
		}
		long accountId = connection.accountId();
		// prepare did both already; the first connection here does them again in case an
		// earlier last one closed in between and let them go.
		if (this.connections.add(connection, () -> this.subscriber.subscribe(UserStreams.channel(accountId)))) {
			this.presence.online(List.of(accountId));
		}
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) {
		ClientConnection connection = connection(session);
		StreamMessages.ClientRequest request = this.messages.readRequest(message.getPayload());
		if (connection == null || request == null) {
			// Mastodon ignores what it cannot read.
			return;
		}
		switch (request.type()) {
			case "subscribe" -> subscribe(connection, request.stream(), request.tag());
			case "unsubscribe" -> unsubscribe(connection, request.stream(), request.tag());
			default -> {
				// other message types are not Murmur's to answer
			}
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		ClientConnection connection = connection(session);
		if (connection != null) {
			connection.closed();
			forget(connection);
		}
	}

	/**
	 * Closes every connection as the instance stops, so that clients reconnect elsewhere.
	 */
	void closeAll() {
		for (ClientConnection connection : this.connections.all()) {
			connection.close(CloseStatus.GOING_AWAY);
			forget(connection);
		}
	}

	@PreDestroy
	void stopSending() {
		this.senders.shutdown();
	}

	private void subscribe(ClientConnection connection, String stream, @Nullable String tag) {
		Subscription subscription = subscription(connection, stream, tag, true);
		if (subscription == null || !connection.subscribe(subscription)) {
			return;
		}
		String channel = subscription.channel();
		if (channel != null) {
			this.connections.follow(channel, connection, () -> this.subscriber.subscribe(channel));
			// Closed meanwhile, after its channels were let go: let this one go too.
			if (connection.isClosed()) {
				unfollow(channel, connection);
			}
		}
	}

	private void unsubscribe(ClientConnection connection, String stream, @Nullable String tag) {
		Subscription subscription = subscription(connection, stream, tag, false);
		if (subscription == null || !connection.unsubscribe(subscription)) {
			return;
		}
		String channel = subscription.channel();
		if (channel != null) {
			unfollow(channel, connection);
		}
	}

	/**
	 * The subscription a client asks for, or null after telling it why there is none: the
	 * stream is unknown, its token does not cover it (when subscribing) or a hashtag
	 * stream has no tag.
	 */
	private @Nullable Subscription subscription(ClientConnection connection, String stream, @Nullable String tag,
			boolean subscribing) {
		Optional<StreamName> name = StreamName.of(stream);
		if (name.isEmpty()) {
			connection.sendError(UNKNOWN_STREAM);
			return null;
		}
		if (subscribing && !name.get().allowedFor(connection.identity())) {
			connection.sendError(MISSING_SCOPE);
			return null;
		}
		Subscription subscription = Subscription.of(name.get(), tag);
		if (subscription == null) {
			connection.sendError(Subscription.MISSING_TAG);
		}
		return subscription;
	}

	/** Lets go of everything a connection that is closed held here. */
	private void forget(ClientConnection connection) {
		for (String channel : connection.channels()) {
			unfollow(channel, connection);
		}
		long accountId = connection.accountId();
		if (this.connections.remove(connection, () -> this.subscriber.unsubscribe(UserStreams.channel(accountId)))) {
			this.presence.offline(accountId);
		}
	}

	private void unfollow(String channel, ClientConnection connection) {
		this.connections.unfollow(channel, connection, () -> this.subscriber.unsubscribe(channel));
	}

	private static @Nullable ClientConnection connection(WebSocketSession session) {
		return (ClientConnection) session.getAttributes().get(CONNECTION);
	}

	private static void closeQuietly(WebSocketSession session) {
		try {
			session.close(CloseStatus.POLICY_VIOLATION);
		}
		catch (Exception ex) {
			// gone already
		}
	}

}
