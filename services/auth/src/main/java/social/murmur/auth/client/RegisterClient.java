package social.murmur.auth.client;

import java.time.Clock;

import org.springframework.stereotype.Service;
import social.murmur.auth.secret.Secrets;
import social.murmur.platform.id.IdGenerator;

/** Registers an OAuth application (POST /api/v1/apps). */
@Service
public class RegisterClient {

	private final Clients clients;

	private final IdGenerator ids;

	private final Clock clock;

	public RegisterClient(Clients clients, IdGenerator ids, Clock clock) {
		this.clients = clients;
		this.ids = ids;
		this.clock = clock;
	}

	/**
	 * @throws ClientRegistrationRejected if the registration breaks a rule; nothing is
	 * stored then
	 */
	public RegisteredClient register(ClientRegistration registration) {
		ClientDetails details = ClientRegistrationRules.validate(registration);
		String secret = Secrets.newSecret();
		Client client = new Client(this.ids.next(), details.name(), details.website(), details.redirectUris(),
				details.scopes(), Secrets.newSecret(), Secrets.sha256(secret), this.clock.instant());
		this.clients.add(client);
		return new RegisteredClient(client, secret);
	}

}
