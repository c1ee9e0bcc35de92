package social.murmur.gateway.support;

/**
 * An application event: auth revoked a token, so whatever this instance still holds open
 * for it (streaming connections) must end now.
 *
 * @param tokenDigest the SHA-256 (hex) of the revoked token, as
 * {@link BearerToken#digest()}
 */
public record TokenRevocation(String tokenDigest) {

}
