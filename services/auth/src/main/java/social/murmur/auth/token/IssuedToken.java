package social.murmur.auth.token;

/**
 * A token just issued, with the secret value the client presents; only the client ever
 * sees that value.
 *
 * @param value the bearer token
 * @param token what it stands for
 */
public record IssuedToken(String value, AccessToken token) {
}
