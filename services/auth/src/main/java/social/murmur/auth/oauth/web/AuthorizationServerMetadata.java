package social.murmur.auth.oauth.web;

import java.util.List;

/**
 * OAuth 2.0 Authorization Server Metadata (RFC 8414), which Mastodon 4.3 and later
 * publish so that clients can discover the endpoints and scopes.
 *
 * @param issuer the public address of the server
 * @param serviceDocumentation where the API is documented
 * @param authorizationEndpoint the authorization page
 * @param tokenEndpoint the token endpoint
 * @param revocationEndpoint the revocation endpoint
 * @param scopesSupported every scope there is
 * @param responseTypesSupported {@code code}
 * @param responseModesSupported {@code query}
 * @param codeChallengeMethodsSupported the PKCE methods
 * @param grantTypesSupported the grants of the token endpoint
 * @param tokenEndpointAuthMethodsSupported how clients authenticate
 * @param appRegistrationEndpoint where applications register (Mastodon's extension)
 */
record AuthorizationServerMetadata(String issuer, String serviceDocumentation, String authorizationEndpoint,
		String tokenEndpoint, String revocationEndpoint, List<String> scopesSupported,
		List<String> responseTypesSupported, List<String> responseModesSupported,
		List<String> codeChallengeMethodsSupported, List<String> grantTypesSupported,
		List<String> tokenEndpointAuthMethodsSupported, String appRegistrationEndpoint) {
}
