package social.murmur.gateway.identity;

import java.util.Optional;

import org.springframework.stereotype.Component;
import social.murmur.gateway.support.BearerToken;

/**
 * Resolves a client token: from this instance's memory when it can, then from the cache
 * the instances share, from auth otherwise.
 */
@Component
class TokenResolver {

	private final RecentTokens recent;

	private final TokenCache cache;

	private final TokenIntrospector introspector;

	TokenResolver(RecentTokens recent, TokenCache cache, TokenIntrospector introspector) {
		this.recent = recent;
		this.cache = cache;
		this.introspector = introspector;
	}

	ResolvedToken resolve(BearerToken token) {
		if (token.value().isEmpty()) {
			return ResolvedToken.INACTIVE;
		}
		String digest = token.digest();
		Optional<ResolvedToken> remembered = this.recent.find(digest);
		if (remembered.isPresent()) {
			return remembered.get();
		}
		// A revocation that arrived meanwhile stays, and is the answer.
		return this.recent.remember(digest, shared(token, digest));
	}

	/**
	 * Resolves the token past this instance's memory, as long-lived connections check
	 * theirs again: finds a revocation another instance recorded in the shared cache even
	 * if this one missed the event, and then forgets the token here too.
	 */
	ResolvedToken recheck(BearerToken token) {
		if (token.value().isEmpty()) {
			return ResolvedToken.INACTIVE;
		}
		String digest = token.digest();
		Optional<ResolvedToken> remembered = this.recent.find(digest);
		if (remembered.isPresent() && !remembered.get().active()) {
			return remembered.get();
		}
		ResolvedToken resolved = shared(token, digest);
		if (!resolved.active()) {
			this.recent.revoke(digest);
		}
		return resolved;
	}

	private ResolvedToken shared(BearerToken token, String digest) {
		return this.cache.find(digest).orElseGet(() -> {
			ResolvedToken introspected = this.introspector.introspect(token);
			this.cache.store(digest, introspected);
			return introspected;
		});
	}

}
