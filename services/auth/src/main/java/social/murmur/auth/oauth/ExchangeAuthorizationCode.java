package social.murmur.auth.oauth;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import social.murmur.auth.authorization.AuthorizationCode;
import social.murmur.auth.authorization.AuthorizationCodes;
import social.murmur.auth.authorization.Pkce;
import social.murmur.auth.client.Client;
import social.murmur.auth.scope.ScopeSet;
import social.murmur.auth.scope.UnknownScopeException;
import social.murmur.auth.secret.Secrets;
import social.murmur.auth.token.IssueAccessToken;
import social.murmur.auth.token.IssuedToken;

/**
 * The {@code authorization_code} grant: the code from the authorization page, exchanged
 * once for the account's token. The code is used up by the first attempt, successful or
 * not, so a stolen code or a guessed PKCE verifier gets one try at most.
 */
@Service
public class ExchangeAuthorizationCode {

	private final AuthorizationCodes codes;

	private final IssueAccessToken issueAccessToken;

	private final Clock clock;

	public ExchangeAuthorizationCode(AuthorizationCodes codes, IssueAccessToken issueAccessToken, Clock clock) {
		this.codes = codes;
		this.issueAccessToken = issueAccessToken;
		this.clock = clock;
	}

	/**
	 * @param client the authenticated application
	 * @param code the authorization code
	 * @param redirectUri the redirect URI the authorization request named
	 * @param codeVerifier the PKCE verifier, required when the request had a challenge
	 * @param scope if given, must be the scopes that were authorized
	 * @throws OAuthException if a parameter is missing or the code does not hold up
	 */
	public IssuedToken exchange(Client client, @Nullable String code, @Nullable String redirectUri,
			@Nullable String codeVerifier, @Nullable String scope) {
		if (code == null || code.isEmpty()) {
			throw OAuthException.missing("code");
		}
		if (redirectUri == null || redirectUri.isEmpty()) {
			throw OAuthException.missing("redirect_uri");
		}
		Instant now = this.clock.instant();
		AuthorizationCode authorization = this.codes.redeem(Secrets.sha256(code), client.id(), now)
			.orElseThrow(OAuthException::invalidGrant);
		if (authorization.isExpiredAt(now) || !authorization.redirectUri().equals(redirectUri)
				|| !proofHolds(authorization, codeVerifier)) {
			throw OAuthException.invalidGrant();
		}
		if (scope != null && !scope.isBlank() && !sameScopes(scope, authorization.scopes())) {
			throw OAuthException.invalidScope();
		}
		return this.issueAccessToken.issue(client.id(), authorization.accountId(), authorization.scopes());
	}

	/**
	 * With a challenge, the verifier must answer it; without one, a verifier is refused
	 * too, so that nobody can strip the challenge from a request (a downgrade).
	 */
	private static boolean proofHolds(AuthorizationCode authorization, @Nullable String codeVerifier) {
		String challenge = authorization.codeChallenge();
		String method = authorization.codeChallengeMethod();
		if (challenge == null || method == null) {
			return codeVerifier == null || codeVerifier.isEmpty();
		}
		return Pkce.verify(codeVerifier, challenge, method);
	}

	private static boolean sameScopes(String scope, ScopeSet authorized) {
		try {
			return ScopeSet.parse(scope).sameAs(authorized);
		}
		catch (UnknownScopeException ex) {
			return false;
		}
	}

}
