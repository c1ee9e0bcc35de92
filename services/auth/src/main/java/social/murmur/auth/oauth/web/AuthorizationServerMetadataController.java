package social.murmur.auth.oauth.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.auth.authorization.Pkce;
import social.murmur.auth.scope.ScopeSet;
import social.murmur.platform.config.PlatformProperties;

/** {@code GET /.well-known/oauth-authorization-server} (RFC 8414). */
@RestController
class AuthorizationServerMetadataController {

	private final AuthorizationServerMetadata metadata;

	AuthorizationServerMetadataController(PlatformProperties properties) {
		String base = properties.publicUrl().replaceAll("/+$", "");
		this.metadata = new AuthorizationServerMetadata(base + "/", "https://docs.joinmastodon.org/",
				base + "/oauth/authorize", base + "/oauth/token", base + "/oauth/revoke", ScopeSet.KNOWN,
				List.of("code"), List.of("query"), List.of(Pkce.S256, Pkce.PLAIN),
				List.of("authorization_code", "password", "client_credentials"),
				List.of("client_secret_basic", "client_secret_post"), base + "/api/v1/apps");
	}

	@GetMapping("/.well-known/oauth-authorization-server")
	AuthorizationServerMetadata metadata() {
		return this.metadata;
	}

}
