package social.murmur.auth.oauth.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * The client id and secret of a request: from an HTTP Basic {@code Authorization} header
 * if there is one (RFC 6749 2.3.1), else from the body.
 *
 * @param clientId the client id, or null
 * @param clientSecret the client secret, or null
 */
record ClientCredentials(@Nullable String clientId, @Nullable String clientSecret) {

	static ClientCredentials of(@Nullable String authorization, OAuthParams params) {
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return basic(authorization.substring(6).strip());
		}
		return new ClientCredentials(params.clientId(), params.clientSecret());
	}

	/**
	 * {@code base64(urlencode(id) ":" urlencode(secret))}; anything malformed yields no
	 * credentials, and so {@code invalid_client}.
	 */
	static ClientCredentials basic(String encoded) {
		try {
			String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				return new ClientCredentials(null, null);
			}
			return new ClientCredentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
					URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			return new ClientCredentials(null, null);
		}
	}

}
