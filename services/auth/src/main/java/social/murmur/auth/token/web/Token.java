package social.murmur.auth.token.web;

import social.murmur.auth.token.IssuedToken;

/**
 * Mastodon's Token entity, what {@code POST /oauth/token} and sign-up return.
 *
 * @param accessToken the bearer token
 * @param tokenType always {@code Bearer}
 * @param scope the granted scopes, space separated
 * @param createdAt when it was issued, in epoch seconds
 */
public record Token(String accessToken, String tokenType, String scope, long createdAt) {

	public static Token of(IssuedToken issued) {
		return new Token(issued.value(), "Bearer", issued.token().scopes().asString(),
				issued.token().createdAt().getEpochSecond());
	}

}
