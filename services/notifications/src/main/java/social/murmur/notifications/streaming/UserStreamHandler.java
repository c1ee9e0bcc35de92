package social.murmur.notifications.streaming;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import social.murmur.platform.identity.Identity;

/**
 * The streaming WebSocket of one signed-in account: opens with the stream asked for in
 * the query, if any, then follows the client's {@code subscribe} and {@code unsubscribe}
 * messages. An account's first connection here subscribes this instance to its Redis
 * channel and marks it online; its last one undoes both.
 */
@Component
class UserStreamHandler extends TextWebSocketHandler {

	static final String UNKNOWN_STREAM = "Unknown stream type";

	static final String MISSING_SCOPE = "Access token does not have the required scopes";

	private static final String CONNECTION = UserStreamHandler.class.getName() + ".connection";

	private final LocalConnections connections;

	private final UserStreamSubscriber subscriber;

	private final Presence presence;

	private final StreamMessages messages;

	private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

	UserStreamHandler(LocalConnections connections, UserStreamSubscriber subscriber, Presence presence,
			StreamMessages messages) {
		this.connections = connections;
		this.subscriber = subscriber;
		this.presence = presence;
		this.messages = messages;
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
			subscribe(connection, stream);
		}
		long accountId = connection.accountId();
		if (this.connections.add(connection, () -> this.subscriber.subscribe(accountId))) {
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
			case "subscribe" -> subscribe(connection, request.stream());
			case "unsubscribe" -> StreamName.of(request.stream())
				.ifPresentOrElse(connection::unsubscribe, () -> connection.sendError(UNKNOWN_STREAM));
			default -> {
				// other message types are not Murmur's to answer
			}
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		ClientConnection connection = connection(session);
		if (connection == null) {
			return;
		}
		connection.closed();
		long accountId = connection.accountId();
		if (this.connections.remove(connection, () -> this.subscriber.unsubscribe(accountId))) {
			this.presence.offline(accountId);
		}
	}

	/**
	 * Closes every connection as the instance stops, so that clients reconnect elsewhere.
	 */
	void closeAll() {
		for (ClientConnection connection : this.connections.all()) {
			connection.close(CloseStatus.GOING_AWAY);
			long accountId = connection.accountId();
			if (this.connections.remove(connection, () -> this.subscriber.unsubscribe(accountId))) {
				this.presence.offline(accountId);
			}
		}
	}

	@PreDestroy
	void stopSending() {
		this.senders.shutdown();
	}

	private void subscribe(ClientConnection connection, String stream) {
		StreamName.of(stream).ifPresentOrElse((name) -> {
			if (name.allowedFor(connection.identity())) {
				connection.subscribe(name);
			}
			else {
				connection.sendError(MISSING_SCOPE);
			}
		}, () -> connection.sendError(UNKNOWN_STREAM));
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
