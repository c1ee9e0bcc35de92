package social.murmur.auth.token;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import social.murmur.auth.secret.Secrets;

/** Resolves a bearer token for the gateway: what it allows, if it still works. */
@Service
public class IntrospectAccessToken {

	private final AccessTokens tokens;

	private final Clock clock;

	public IntrospectAccessToken(AccessTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** The token, if it exists and is neither revoked nor expired. */
	public Optional<AccessToken> introspect(String value) {
		if (value.isEmpty()) {
			return Optional.empty();
		}
		return this.tokens.findByDigest(Secrets.sha256(value))
			.filter((token) -> token.isActiveAt(this.clock.instant()));
	}

}
