package social.murmur.gateway.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * The opaque OAuth token a client sends as {@code Authorization: Bearer <token>}.
 *
 * @param value the token as the client sent it
 */
public record BearerToken(String value) {

	/**
	 * The request attribute under which the identity filter leaves the token it accepted,
	 * once it has hidden the {@code Authorization} header.
	 */
	public static final String REQUEST_ATTRIBUTE = BearerToken.class.getName();

	private static final String SCHEME = "Bearer";

	/**
	 * The bearer token of a request; empty when there is no {@code Authorization} header
	 * or it uses another scheme (Basic, for the OAuth token endpoint). A bearer header
	 * without a token gives an empty token, which no service will accept. The streaming
	 * handshake may carry its token elsewhere too ({@link StreamingHandshake}).
	 */
	public static Optional<BearerToken> of(HttpServletRequest request) {
		Optional<BearerToken> bearer = parse(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (bearer.isEmpty() && StreamingHandshake.matches(request)) {
			return StreamingHandshake.token(request);
		}
		return bearer;
	}

	static Optional<BearerToken> parse(@Nullable String authorization) {
		if (authorization == null) {
			return Optional.empty();
		}
		String header = authorization.strip();
		// The scheme is case-insensitive (RFC 9110, section 11.1).
		if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				|| (header.length() > SCHEME.length() && header.charAt(SCHEME.length()) != ' ')) {
			return Optional.empty();
		}
		return Optional.of(new BearerToken(header.substring(SCHEME.length()).strip()));
	}

	/**
	 * The SHA-256 of the token, hex: what caches and rate limits key tokens by, so that
	 * Redis never holds a usable token. Auth's {@code TokenRevoked} events carry the same
	 * digest.
	 */
	public String digest() {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(this.value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "BearerToken[redacted]";
	}

}
