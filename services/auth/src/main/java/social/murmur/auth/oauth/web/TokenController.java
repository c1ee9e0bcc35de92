package social.murmur.auth.oauth.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.auth.client.AuthenticateClient;
import social.murmur.auth.client.Client;
import social.murmur.auth.oauth.ExchangeAuthorizationCode;
import social.murmur.auth.oauth.ExchangeClientCredentials;
import social.murmur.auth.oauth.ExchangePassword;
import social.murmur.auth.oauth.OAuthException;
import social.murmur.auth.token.IssuedToken;
import social.murmur.auth.token.web.Token;
import social.murmur.platform.web.MastodonParams;

/** The OAuth token endpoint, {@code POST /oauth/token}. */
@RestController
class TokenController {

	private final AuthenticateClient authenticateClient;

	private final ExchangeClientCredentials exchangeClientCredentials;

	private final ExchangePassword exchangePassword;

	private final ExchangeAuthorizationCode exchangeAuthorizationCode;

	TokenController(AuthenticateClient authenticateClient, ExchangeClientCredentials exchangeClientCredentials,
			ExchangePassword exchangePassword, ExchangeAuthorizationCode exchangeAuthorizationCode) {
		this.authenticateClient = authenticateClient;
		this.exchangeClientCredentials = exchangeClientCredentials;
		this.exchangePassword = exchangePassword;
		this.exchangeAuthorizationCode = exchangeAuthorizationCode;
	}

	/**
	 * Checks the grant type, then the client, then the grant itself, so each mistake gets
	 * its own OAuth error.
	 */
	@PostMapping("/oauth/token")
	ResponseEntity<Token> token(@MastodonParams OAuthParams params,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		String grantType = params.grantType();
		if (grantType == null || grantType.isEmpty()) {
			throw OAuthException.missing("grant_type");
		}
		if (!(grantType.equals("client_credentials") || grantType.equals("password")
				|| grantType.equals("authorization_code"))) {
			throw OAuthException.unsupportedGrantType();
		}
		ClientCredentials credentials = ClientCredentials.of(authorization, params);
		Client client = this.authenticateClient.authenticate(credentials.clientId(), credentials.clientSecret())
			.orElseThrow(OAuthException::invalidClient);
		IssuedToken issued = switch (grantType) {
			case "client_credentials" -> this.exchangeClientCredentials.exchange(client, params.scope());
			case "password" ->
				this.exchangePassword.exchange(client, params.username(), params.password(), params.scope());
			default -> this.exchangeAuthorizationCode.exchange(client, params.code(), params.redirectUri(),
					params.codeVerifier(), params.scope());
		};
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.PRAGMA, "no-cache")
			.body(Token.of(issued));
	}

}
