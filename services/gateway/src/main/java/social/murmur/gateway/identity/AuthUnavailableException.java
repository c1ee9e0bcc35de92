package social.murmur.gateway.identity;

/** Auth could not say whether a token is good; the request cannot be decided. */
class AuthUnavailableException extends RuntimeException {

	AuthUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
