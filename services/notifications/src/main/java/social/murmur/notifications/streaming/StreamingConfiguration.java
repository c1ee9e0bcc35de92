package social.murmur.notifications.streaming;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Serves the streaming WebSocket at {@code /api/v1/streaming}, and makes a dead Redis
 * cheap: a command fails at once rather than waiting in Lettuce's queue for a reconnect
 * (presence and publishing are fire and forget), and the client notices soon that Redis
 * is back. Short command timeouts are in {@code application.yml}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class StreamingConfiguration implements WebSocketConfigurer {

	static final String PATH = "/api/v1/streaming";

	private final StreamingHandler handler;

	StreamingConfiguration(StreamingHandler handler) {
		this.handler = handler;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(this.handler, PATH)
			.setHandshakeHandler(new StreamingHandshake.EchoSubprotocol())
			.addInterceptors(new StreamingHandshake(this.handler::prepare))
			// Callers are vouched for by the signed identity, never by cookies, so the
			// page a browser came from does not matter (and the gateway sends none).
			.setAllowedOriginPatterns("*");
	}

}
