package social.murmur.gateway.support;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The streaming API's WebSocket handshake, {@code GET /api/v1/streaming}, which carries
 * the client's token where Mastodon accepts it for streaming: besides
 * {@code Authorization: Bearer}, in the {@code access_token} query parameter or as the
 * {@code Sec-WebSocket-Protocol} (browsers cannot set headers on a WebSocket). Shared so
 * that the rate limit and the token check see the same token the relay serves.
 */
public final class StreamingHandshake {

	/** Where clients open the streaming API's WebSocket. */
	public static final String PATH = "/api/v1/streaming";

	/** The query parameter that may carry the token. */
	public static final String ACCESS_TOKEN = "access_token";

	public static final String SEC_WEBSOCKET_PROTOCOL = "Sec-WebSocket-Protocol";

	// Matched as the routes match paths, so that no spelling of the path escapes.
	private static final PathPattern PATTERN = PathPatternParser.defaultInstance.parse(PATH);

	private StreamingHandshake() {
	}

	public static boolean matches(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) && PATTERN.matches(PathContainer.parsePath(request.getRequestURI()));
	}

	/**
	 * The token of a handshake that has no {@code Authorization: Bearer}: the
	 * {@code access_token} parameter, else the first {@code Sec-WebSocket-Protocol}.
	 */
	static Optional<BearerToken> token(HttpServletRequest request) {
		String parameter = request.getParameter(ACCESS_TOKEN);
		if (parameter != null) {
			return Optional.of(new BearerToken(parameter.strip()));
		}
		return Optional.ofNullable(firstProtocol(request.getHeader(SEC_WEBSOCKET_PROTOCOL))).map(BearerToken::new);
	}

	/** The first of a comma-separated list of subprotocols; null when there is none. */
	public static @Nullable String firstProtocol(@Nullable String header) {
		if (header == null) {
			return null;
		}
		String first = header.split(",", 2)[0].strip();
		return first.isEmpty() ? null : first;
	}

}
