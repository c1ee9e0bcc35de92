package social.murmur.platform.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import social.murmur.platform.web.ApiException;

/**
 * The caller of a request, as vouched for by the gateway: the signed-in account (absent
 * for an application token) and the OAuth scopes the token was granted.
 *
 * @param accountId the signed-in account, or null for an app-only token or another
 * service
 * @param applicationId the OAuth application the token belongs to, zero for a service
 * @param scopes granted scopes such as {@code read}, {@code write:statuses}
 */
public record Identity(@Nullable Long accountId, long applicationId, Set<String> scopes) {

	/**
	 * Name of the HTTP header that carries the signed internal token from the gateway.
	 */
	public static final String HEADER = "X-Murmur-Identity";

	public Identity {
		scopes = Set.copyOf(scopes);
	}

	/**
	 * The signed-in account, or 422 as Mastodon answers an app token on a user method.
	 */
	public long requireAccount() {
		if (this.accountId == null) {
			throw new ApiException(422, "This method requires an authenticated user");
		}
		return this.accountId;
	}

	/**
	 * Whether the token allows the given scope. {@code read} grants {@code read:statuses}
	 * and every other {@code read:*} scope, as in Mastodon.
	 */
	public boolean allows(String scope) {
		if (this.scopes.contains(scope)) {
			return true;
		}
		int colon = scope.indexOf(':');
		return colon > 0 && this.scopes.contains(scope.substring(0, colon));
	}

	/** Refuses with 403 unless the token allows the given scope. */
	public Identity requireScope(String scope) {
		if (!allows(scope)) {
			throw new ApiException(403, "This action is outside the authorized scopes");
		}
		return this;
	}

}
