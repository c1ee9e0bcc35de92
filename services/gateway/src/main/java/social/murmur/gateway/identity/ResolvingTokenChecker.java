package social.murmur.gateway.identity;

import java.time.Clock;

import org.springframework.stereotype.Component;
import social.murmur.gateway.support.BearerToken;
import social.murmur.gateway.support.TokenChecker;

/**
 * Checks the token of a long-lived connection again: through the shared cache (where a
 * revocation leaves its marker) and auth, past this instance's memory.
 */
@Component
class ResolvingTokenChecker implements TokenChecker {

	private final TokenResolver resolver;

	private final Clock clock;

	ResolvingTokenChecker(TokenResolver resolver, Clock clock) {
		this.resolver = resolver;
		this.clock = clock;
	}

	@Override
	public TokenState check(BearerToken token) {
		try {
			return this.resolver.recheck(token).activeAt(this.clock.instant()) ? TokenState.ACTIVE
					: TokenState.INACTIVE;
		}
		catch (AuthUnavailableException ex) {
			return TokenState.UNKNOWN;
		}
	}

}
