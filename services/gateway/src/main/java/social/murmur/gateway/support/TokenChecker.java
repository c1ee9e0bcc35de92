package social.murmur.gateway.support;

/**
 * Checks a client's token again after the request that presented it: a streaming
 * connection outlives the handshake that checked its token, and is closed once the token
 * stops being good. Implemented by identity, which alone resolves tokens.
 */
public interface TokenChecker {

	TokenState check(BearerToken token);

	/** What is known about a token now. */
	enum TokenState {

		/** The token may be used. */
		ACTIVE,

		/** Revoked, expired or unknown to auth. */
		INACTIVE,

		/** Auth could not be asked; the token is neither confirmed nor refused. */
		UNKNOWN

	}

}
