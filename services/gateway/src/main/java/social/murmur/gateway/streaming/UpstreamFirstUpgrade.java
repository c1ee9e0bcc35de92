package social.murmur.gateway.streaming;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeFailureException;
import org.springframework.web.socket.server.RequestUpgradeStrategy;
import social.murmur.gateway.GatewayProperties;
import social.murmur.gateway.support.BearerToken;

/**
 * Opens notifications' side of a stream at the last moment before the client's handshake
 * is answered (every check of the client's request has passed), so that the client gets
 * 101 only for a stream that works: 503 when notifications cannot be reached, and
 * notifications' own answer when it refuses (a 4xx, such as 403 for a token without a
 * read scope).
 */
final class UpstreamFirstUpgrade implements RequestUpgradeStrategy {

	private final RequestUpgradeStrategy delegate;

	private final Upstreams upstreams;

	private final OpenStreams openStreams;

	private final GatewayProperties.Streaming settings;

	UpstreamFirstUpgrade(RequestUpgradeStrategy delegate, Upstreams upstreams, OpenStreams openStreams,
			GatewayProperties.Streaming settings) {
		this.delegate = delegate;
		this.upstreams = upstreams;
		this.openStreams = openStreams;
		this.settings = settings;
	}

	@Override
	public String[] getSupportedVersions() {
		return this.delegate.getSupportedVersions();
	}

	@Override
	public List<WebSocketExtension> getSupportedExtensions(ServerHttpRequest request) {
		return this.delegate.getSupportedExtensions(request);
	}

	@Override
	public void upgrade(ServerHttpRequest request, ServerHttpResponse response, @Nullable String selectedProtocol,
			List<WebSocketExtension> selectedExtensions, @Nullable Principal user, WebSocketHandler wsHandler,
			Map<String, Object> attributes) throws HandshakeFailureException {
		String identity = (String) attributes.get(HandshakeChecks.IDENTITY);
		BearerToken token = (BearerToken) attributes.get(HandshakeChecks.TOKEN);
		if (identity == null || token == null) {
			throw new IllegalStateException("The handshake was not checked");
		}
		Relay relay = new Relay(token, this.settings, this.openStreams);
		Map<String, String[]> parameters = ((ServletServerHttpRequest) request).getServletRequest().getParameterMap();
		switch (this.upstreams.open(parameters, identity, relay)) {
			case Upstreams.Opening.Opened opened -> {
				relay.connected(opened.socket());
				attributes.put(Relay.ATTRIBUTE, relay);
				try {
					this.delegate.upgrade(request, response, selectedProtocol, selectedExtensions, user, wsHandler,
							attributes);
				}
				catch (RuntimeException ex) {
					relay.abandon();
					throw ex;
				}
			}
			case Upstreams.Opening.Refused refused -> refusedByNotifications(response, refused);
			case Upstreams.Opening.Unavailable unavailable -> HandshakeChecks.refuse(response,
					HttpStatus.SERVICE_UNAVAILABLE, "Service temporarily unavailable, please try again");
		}
	}

	private static void refusedByNotifications(ServerHttpResponse response, Upstreams.Opening.Refused refused) {
		if (refused.body().isBlank()) {
			HttpStatus status = HttpStatus.resolve(refused.status());
			HandshakeChecks.refuse(response, (status != null) ? status : HttpStatus.BAD_REQUEST,
					(status != null) ? status.getReasonPhrase() : "The stream cannot be opened");
			return;
		}
		HandshakeChecks.write(response, refused.status(),
				(refused.contentType() != null) ? refused.contentType() : MediaType.APPLICATION_JSON_VALUE,
				refused.body().getBytes(StandardCharsets.UTF_8));
	}

}
