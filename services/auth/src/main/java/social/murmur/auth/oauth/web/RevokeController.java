package social.murmur.auth.oauth.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.auth.client.AuthenticateClient;
import social.murmur.auth.client.Client;
import social.murmur.auth.oauth.OAuthException;
import social.murmur.auth.token.Revocation;
import social.murmur.auth.token.RevokeAccessToken;
import social.murmur.platform.web.MastodonParams;

/**
 * Token revocation, {@code POST /oauth/revoke} (RFC 7009, as Mastodon's Doorkeeper
 * answers it): an unknown token counts as revoked; a client that cannot prove it owns the
 * token gets 403.
 */
@RestController
class RevokeController {

	private final AuthenticateClient authenticateClient;

	private final RevokeAccessToken revokeAccessToken;

	RevokeController(AuthenticateClient authenticateClient, RevokeAccessToken revokeAccessToken) {
		this.authenticateClient = authenticateClient;
		this.revokeAccessToken = revokeAccessToken;
	}

	@PostMapping("/oauth/revoke")
	Map<String, Object> revoke(@MastodonParams OAuthParams params,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		ClientCredentials credentials = ClientCredentials.of(authorization, params);
		Client client = this.authenticateClient.authenticate(credentials.clientId(), credentials.clientSecret())
			.orElseThrow(OAuthException::unauthorizedClient);
		String token = params.token();
		if (token == null || token.isEmpty()) {
			throw OAuthException.unauthorizedClient();
		}
		if (this.revokeAccessToken.revoke(client.id(), token) == Revocation.NOT_OWNED) {
			throw OAuthException.unauthorizedClient();
		}
		return Map.of();
	}

}
