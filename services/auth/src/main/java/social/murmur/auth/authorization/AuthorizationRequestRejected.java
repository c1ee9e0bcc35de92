package social.murmur.auth.authorization;

import org.jspecify.annotations.Nullable;
import social.murmur.auth.client.Client;

/**
 * An authorization request that cannot go on. When the application and its redirect URI
 * are known good, the error goes back to the application there (RFC 6749 4.1.2.1);
 * otherwise only the user sees it, so that nobody can use us to redirect to an
 * unregistered address.
 */
public class AuthorizationRequestRejected extends RuntimeException {

	private final String error;

	private final @Nullable String redirectUri;

	private final @Nullable String state;

	private AuthorizationRequestRejected(String error, String description, @Nullable String redirectUri,
			@Nullable String state) {
		super(description, null, false, false);
		this.error = error;
		this.redirectUri = redirectUri;
		this.state = state;
	}

	/** For the user's eyes only. */
	static AuthorizationRequestRejected shown(String error, String description) {
		return new AuthorizationRequestRejected(error, description, null, null);
	}

	/** Sent back to the application, at a redirect URI it registered. */
	static AuthorizationRequestRejected redirected(String error, String description, String redirectUri,
			@Nullable String state) {
		return new AuthorizationRequestRejected(error, description, redirectUri, state);
	}

	/** The OAuth error code, such as {@code invalid_scope}. */
	public String error() {
		return this.error;
	}

	public String description() {
		return getMessage();
	}

	/** Where to send the error, or null when it may only be shown. */
	public @Nullable String redirectUri() {
		return (this.redirectUri != null && !Client.OUT_OF_BAND.equals(this.redirectUri)) ? this.redirectUri : null;
	}

	public @Nullable String state() {
		return this.state;
	}

}
