package social.murmur.gateway.support;

/**
 * The header in which the gateway passes the signed internal identity to a service (the
 * platform's {@code Identity.HEADER}). Named here so that features other than identity,
 * which alone signs, can pass the header on without depending on the platform's identity
 * code.
 */
public final class SignedIdentity {

	public static final String HEADER = "X-Murmur-Identity";

	private SignedIdentity() {
	}

}
