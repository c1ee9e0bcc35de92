package social.murmur.notifications.streaming;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.identity.IdentityFilter;

/**
 * Admits a WebSocket upgrade only for a signed-in account whose token may read a stream.
 * The gateway has checked the client's token and sends the signed identity in
 * {@code X-Murmur-Identity}, which the platform's filter has verified (a forged one never
 * gets here). Refusals are Mastodon-style JSON errors before any upgrade: 401 without an
 * identity, 422 for an app-only token, 403 when the stream asked for in {@code stream} is
 * one of the account's that the scopes do not cover, or when no known stream is asked for
 * and the scopes cover none of the account's. Public and hashtag streams need no scope.
 * An unknown stream, or a hashtag stream without {@code tag}, is refused on the open
 * socket instead, as Mastodon does. An admitted account is readied (see
 * {@link StreamingHandler#prepare}) before the handshake is answered.
 */
final class StreamingHandshake implements HandshakeInterceptor {

	static final String IDENTITY = StreamingHandshake.class.getName() + ".identity";

	static final String STREAM = StreamingHandshake.class.getName() + ".stream";

	static final String TAG = StreamingHandshake.class.getName() + ".tag";

	private final Readiness readiness;

	/**
	 * @param readiness readies an admitted connection's streams before the handshake is
	 * answered
	 */
	StreamingHandshake(Readiness readiness) {
		this.readiness = readiness;
	}

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
			WebSocketHandler webSocketHandler, Map<String, Object> attributes) throws Exception {
		if (!(request instanceof ServletServerHttpRequest servlet)) {
			return refuse(response, 401, "Missing access token");
		}
		Identity identity = IdentityFilter.identityOf(servlet.getServletRequest());
		if (identity == null) {
			return refuse(response, 401, "Missing access token");
		}
		if (identity.accountId() == null) {
			return refuse(response, 422, "This method requires an authenticated user");
		}
		String stream = servlet.getServletRequest().getParameter("stream");
		Optional<StreamName> known = (stream != null && !stream.isBlank()) ? StreamName.of(stream) : Optional.empty();
		// A public or hashtag stream needs no scope (as in Mastodon); without a known
		// stream, the connection is for the account's streams.
		boolean allowed = known.map((name) -> name.allowedFor(identity))
			.orElseGet(() -> StreamName.anyOfTheAccountsAllowedFor(identity));
		if (!allowed) {
			return refuse(response, 403, "This action is outside the authorized scopes");
		}
		String tag = servlet.getServletRequest().getParameter("tag");
		if (stream != null && !stream.isBlank()) {
			attributes.put(STREAM, stream.trim());
			if (tag != null) {
				attributes.put(TAG, tag);
			}
		}
		attributes.put(IDENTITY, identity);
		Subscription asked = known.map((name) -> Subscription.of(name, tag)).orElse(null);
		this.readiness.prepare(identity.accountId(), (asked != null) ? asked.channel() : null);
		return true;
	}

	/** What readies an admitted connection's streams before its handshake is answered. */
	@FunctionalInterface
	interface Readiness {

		/**
		 * @param accountId the connection's account
		 * @param channel the public or hashtag channel of the stream asked for in the
		 * query, if any
		 */
		void prepare(long accountId, @Nullable String channel);

	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response,
			WebSocketHandler webSocketHandler, @Nullable Exception exception) {
	}

	private static boolean refuse(ServerHttpResponse response, int status, String error) throws Exception {
		response.setStatusCode(HttpStatusCode.valueOf(status));
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		response.getBody().write(("{\"error\":\"" + error + "\"}").getBytes(StandardCharsets.UTF_8));
		return false;
	}

	/**
	 * Answers with the subprotocol the client offered. Mastodon clients may send their
	 * access token as {@code Sec-WebSocket-Protocol}, and browsers drop a connection
	 * whose answer does not name one of the protocols they offered.
	 */
	static final class EchoSubprotocol extends DefaultHandshakeHandler {

		@Override
		protected @Nullable String selectProtocol(List<String> requestedProtocols, WebSocketHandler webSocketHandler) {
			return requestedProtocols.isEmpty() ? null : requestedProtocols.getFirst();
		}

	}

}
