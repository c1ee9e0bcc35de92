package social.murmur.gateway.streaming;

import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;

/**
 * The client's side of every stream: hands each event to the stream's {@link Relay},
 * which the handshake left in the session's attributes. Binary messages are ignored, as
 * the streaming API is text only; Tomcat answers the client's pings itself.
 */
@Component
class RelayHandler extends AbstractWebSocketHandler {

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		relay(session).attach(session);
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) {
		relay(session).toUpstream(message.getPayload());
	}

	@Override
	public void handleTransportError(WebSocketSession session, Throwable failure) {
		relay(session).clientFailed(failure);
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		relay(session).clientClosed(status);
	}

	private static Relay relay(WebSocketSession session) {
		if (session.getAttributes().get(Relay.ATTRIBUTE) instanceof Relay relay) {
			return relay;
		}
		throw new IllegalStateException("A streaming session without a relay");
	}

}
