package social.murmur.gateway.identity;

import org.springframework.stereotype.Component;
import social.murmur.gateway.support.BearerToken;

/** Resolves a client token: from the cache when it can, from auth otherwise. */
@Component
class TokenResolver {

	private final TokenCache cache;

	private final TokenIntrospector introspector;

	TokenResolver(TokenCache cache, TokenIntrospector introspector) {
		this.cache = cache;
		this.introspector = introspector;
	}

	ResolvedToken resolve(BearerToken token) {
		if (token.value().isEmpty()) {
			return ResolvedToken.INACTIVE;
		}
		String digest = token.digest();
		return this.cache.find(digest).orElseGet(() -> {
			ResolvedToken resolved = this.introspector.introspect(token);
			this.cache.store(digest, resolved);
			return resolved;
		});
	}

}
