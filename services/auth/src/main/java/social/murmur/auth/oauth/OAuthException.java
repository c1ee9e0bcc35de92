package social.murmur.auth.oauth;

/**
 * An OAuth error response (RFC 6749 5.2), worded as Doorkeeper, which Mastodon uses,
 * words it.
 */
public class OAuthException extends RuntimeException {

	private final int status;

	private final String error;

	public OAuthException(int status, String error, String description) {
		super(description, null, false, false);
		this.status = status;
		this.error = error;
	}

	public static OAuthException invalidRequest(String description) {
		return new OAuthException(400, "invalid_request", description);
	}

	public static OAuthException missing(String parameter) {
		return invalidRequest("Missing required parameter: " + parameter + ".");
	}

	public static OAuthException invalidClient() {
		return new OAuthException(401, "invalid_client",
				"Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.");
	}

	public static OAuthException invalidGrant() {
		return new OAuthException(400, "invalid_grant",
				"The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.");
	}

	public static OAuthException invalidScope() {
		return new OAuthException(400, "invalid_scope", "The requested scope is invalid, unknown, or malformed.");
	}

	public static OAuthException unsupportedGrantType() {
		return new OAuthException(400, "unsupported_grant_type",
				"The authorization grant type is not supported by the authorization server.");
	}

	/** Revocation of a token the client does not own (Mastodon answers 403). */
	public static OAuthException unauthorizedClient() {
		return new OAuthException(403, "unauthorized_client", "You are not authorized to revoke this token");
	}

	public int status() {
		return this.status;
	}

	public String error() {
		return this.error;
	}

	public String description() {
		return getMessage();
	}

}
