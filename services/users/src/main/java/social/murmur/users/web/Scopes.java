package social.murmur.users.web;

import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.ApiException;

/**
 * OAuth scope checks that accept any of several scopes, as Mastodon's
 * {@code doorkeeper_authorize!} does: the follow endpoints accept {@code write:follows},
 * {@code write} or the deprecated {@code follow}.
 */
public final class Scopes {

	private Scopes() {
	}

	/**
	 * Refuses with 403 unless the caller's token allows one of the given scopes.
	 * @return the identity, for chaining
	 */
	public static Identity requireAny(Identity identity, String... scopes) {
		for (String scope : scopes) {
			if (identity.allows(scope)) {
				return identity;
			}
		}
		throw new ApiException(403, "This action is outside the authorized scopes");
	}

}
