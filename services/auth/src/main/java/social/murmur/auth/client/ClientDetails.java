package social.murmur.auth.client;

import java.util.List;

import org.jspecify.annotations.Nullable;
import social.murmur.auth.scope.ScopeSet;

/**
 * A registration that passed every rule.
 *
 * @param name the application's name
 * @param website its home page, if any
 * @param redirectUris its redirect URIs, at least one
 * @param scopes the scopes it may ask for
 */
public record ClientDetails(String name, @Nullable String website, List<String> redirectUris, ScopeSet scopes) {

	public ClientDetails {
		redirectUris = List.copyOf(redirectUris);
	}

}
