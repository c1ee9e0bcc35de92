package social.murmur.gateway.streaming;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;
import org.springframework.web.socket.server.support.WebSocketHandlerMapping;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;
import social.murmur.gateway.GatewayProperties;
import social.murmur.gateway.support.StreamingHandshake;

/**
 * Serves {@code /api/v1/streaming}. The handshake is mapped ahead of every router
 * function, since the service routes end with a catch-all that would answer it with a
 * 404; the streaming health check is the gateway's own answer.
 */
@Configuration(proxyBeanMethods = false)
class StreamingConfiguration {

	static final String HEALTH = StreamingHandshake.PATH + "/health";

	@Bean
	WebSocketHandlerMapping streamingHandshakeMapping(RelayHandler relayHandler, Upstreams upstreams,
			OpenStreams openStreams, GatewayProperties properties) {
		UpstreamFirstUpgrade upgrade = new UpstreamFirstUpgrade(new StandardWebSocketUpgradeStrategy(), upstreams,
				openStreams, properties.streaming());
		WebSocketHttpRequestHandler handshake = new WebSocketHttpRequestHandler(relayHandler,
				new StreamingHandshakeHandler(upgrade));
		handshake.setHandshakeInterceptors(List.of(new HandshakeChecks()));
		WebSocketHandlerMapping mapping = new WebSocketHandlerMapping();
		mapping.setUrlMap(Map.of(StreamingHandshake.PATH, handshake));
		mapping.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return mapping;
	}

	/**
	 * As Mastodon's streaming server answers, without a token: the relay is up. Whether
	 * notifications is, a handshake finds out (503).
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 20)
	RouterFunction<ServerResponse> streamingHealth() {
		return RouterFunctions.route(RequestPredicates.GET(HEALTH).or(RequestPredicates.HEAD(HEALTH)),
				(request) -> ServerResponse.ok().contentType(MediaType.TEXT_PLAIN).body("OK"));
	}

}
