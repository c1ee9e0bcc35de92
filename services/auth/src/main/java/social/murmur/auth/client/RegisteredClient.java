package social.murmur.auth.client;

/**
 * A newly registered application with its client secret, which is shown this once and
 * never again.
 *
 * @param client the application
 * @param clientSecret its secret, in the clear
 */
public record RegisteredClient(Client client, String clientSecret) {
}
