package social.murmur.gateway.streaming;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.RequestUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * Spring's handshake with Mastodon's habits: the first requested subprotocol is echoed (a
 * client that sends its token as {@code Sec-WebSocket-Protocol} expects it back, or the
 * browser drops the connection), malformed handshakes are answered with a JSON error, and
 * any {@code Origin} is accepted: the API allows every origin (see {@code cors.ApiCors}),
 * and a handshake proves itself with a token, never a cookie, so another site's page
 * gains nothing from opening one.
 */
final class StreamingHandshakeHandler extends DefaultHandshakeHandler {

	StreamingHandshakeHandler(RequestUpgradeStrategy upgradeStrategy) {
		super(upgradeStrategy);
	}

	@Override
	protected @Nullable String selectProtocol(List<String> requestedProtocols, WebSocketHandler webSocketHandler) {
		return requestedProtocols.isEmpty() ? null : requestedProtocols.get(0);
	}

	@Override
	protected void handleInvalidUpgradeHeader(ServerHttpRequest request, ServerHttpResponse response) {
		HandshakeChecks.refuse(response, HttpStatus.BAD_REQUEST, "Can only upgrade to WebSocket");
	}

	@Override
	protected void handleInvalidConnectHeader(ServerHttpRequest request, ServerHttpResponse response) {
		HandshakeChecks.refuse(response, HttpStatus.BAD_REQUEST, "The Connection header must say Upgrade");
	}

	@Override
	protected void handleWebSocketVersionNotSupported(ServerHttpRequest request, ServerHttpResponse response) {
		super.handleWebSocketVersionNotSupported(request, response);
		HandshakeChecks.refuse(response, HttpStatus.UPGRADE_REQUIRED, "Unsupported WebSocket version");
	}

}
