package social.murmur.auth.client;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Checks a client's id and secret, as every token and revocation request must present
 * them.
 */
@Service
public class AuthenticateClient {

	private final Clients clients;

	public AuthenticateClient(Clients clients) {
		this.clients = clients;
	}

	/** The client, if the id is known and the secret is its own. */
	public Optional<Client> authenticate(@Nullable String clientId, @Nullable String clientSecret) {
		if (clientSecret == null || clientSecret.isEmpty()) {
			return Optional.empty();
		}
		return this.clients.findByClientId(clientId).filter((client) -> client.secretMatches(clientSecret));
	}

}
