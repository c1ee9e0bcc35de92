package social.murmur.auth.oauth;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import social.murmur.auth.account.Credential;
import social.murmur.auth.account.SignIn;
import social.murmur.auth.client.Client;
import social.murmur.auth.scope.ScopeSet;
import social.murmur.auth.token.IssueAccessToken;
import social.murmur.auth.token.IssuedToken;

/**
 * The {@code password} grant: an account's token for an e-mail address or username and
 * the password.
 */
@Service
public class ExchangePassword {

	private final SignIn signIn;

	private final IssueAccessToken issueAccessToken;

	public ExchangePassword(SignIn signIn, IssueAccessToken issueAccessToken) {
		this.signIn = signIn;
		this.issueAccessToken = issueAccessToken;
	}

	/**
	 * @param client the authenticated application
	 * @param username an e-mail address or username
	 * @param password the password
	 * @param scope the scopes asked for
	 * @throws OAuthException if a parameter is missing, the scopes are not the
	 * application's, or the login or password is wrong
	 */
	public IssuedToken exchange(Client client, @Nullable String username, @Nullable String password,
			@Nullable String scope) {
		if (username == null || username.isEmpty()) {
			throw OAuthException.missing("username");
		}
		if (password == null || password.isEmpty()) {
			throw OAuthException.missing("password");
		}
		ScopeSet scopes = RequestedScopes.of(scope, client);
		Credential credential = this.signIn.signIn(username, password).orElseThrow(OAuthException::invalidGrant);
		return this.issueAccessToken.issue(client.id(), credential.accountId(), scopes);
	}

}
