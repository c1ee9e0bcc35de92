package social.murmur.gateway.streaming;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import social.murmur.gateway.support.BearerToken;
import social.murmur.gateway.support.ErrorResponses;
import social.murmur.gateway.support.SignedIdentity;

/**
 * Refuses a handshake that is not a GET (405) or has no signed-in caller (401), before
 * anything else is looked at, as Mastodon checks the token first. The identity filter has
 * already refused a bad token (401) and replaced a good one, from whichever place the
 * handshake carried it, with the signed identity; a handshake still without one carried
 * no token at all.
 */
final class HandshakeChecks implements HandshakeInterceptor {

	/** Handshake attribute: the signed identity to send to notifications. */
	static final String IDENTITY = HandshakeChecks.class.getName() + ".identity";

	/** Handshake attribute: the client's token, which is checked again while open. */
	static final String TOKEN = HandshakeChecks.class.getName() + ".token";

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Map<String, Object> attributes) {
		if (request.getMethod() != HttpMethod.GET) {
			response.getHeaders().setAllow(Set.of(HttpMethod.GET));
			refuse(response, HttpStatus.METHOD_NOT_ALLOWED, "Streams are opened with GET");
			return false;
		}
		HttpServletRequest servletRequest = ((ServletServerHttpRequest) request).getServletRequest();
		String identity = servletRequest.getHeader(SignedIdentity.HEADER);
		if (identity == null
				|| !(servletRequest.getAttribute(BearerToken.REQUEST_ATTRIBUTE) instanceof BearerToken token)) {
			refuse(response, HttpStatus.UNAUTHORIZED, "The access token is invalid");
			return false;
		}
		attributes.put(IDENTITY, identity);
		attributes.put(TOKEN, token);
		return true;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			@Nullable Exception failure) {
	}

	/** Answers the handshake with Mastodon's error body instead of upgrading. */
	static void refuse(ServerHttpResponse response, HttpStatus status, String message) {
		write(response, status.value(), MediaType.APPLICATION_JSON_VALUE, ErrorResponses.body(message));
	}

	static void write(ServerHttpResponse response, int status, String contentType, byte[] body) {
		response.setStatusCode(HttpStatusCode.valueOf(status));
		response.getHeaders().set("Content-Type", contentType);
		response.getHeaders().setContentLength(body.length);
		try {
			response.getBody().write(body);
		}
		catch (IOException ex) {
			// The client went away; there is nobody to answer.
		}
	}

}
