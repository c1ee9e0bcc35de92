package social.murmur.auth.oauth;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import social.murmur.auth.client.Client;
import social.murmur.auth.token.IssueAccessToken;
import social.murmur.auth.token.IssuedToken;

/**
 * The {@code client_credentials} grant: a token for the application itself, acting for no
 * account (what sign-up and public endpoints need).
 */
@Service
public class ExchangeClientCredentials {

	private final IssueAccessToken issueAccessToken;

	public ExchangeClientCredentials(IssueAccessToken issueAccessToken) {
		this.issueAccessToken = issueAccessToken;
	}

	/**
	 * @param client the authenticated application
	 * @param scope the scopes asked for
	 * @throws OAuthException if the scopes are not the application's
	 */
	public IssuedToken exchange(Client client, @Nullable String scope) {
		return this.issueAccessToken.issue(client.id(), null, RequestedScopes.of(scope, client));
	}

}
