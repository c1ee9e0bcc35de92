package social.murmur.auth.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import social.murmur.auth.AuthProperties;
import social.murmur.auth.scope.ScopeSet;
import social.murmur.auth.secret.Secrets;
import social.murmur.platform.id.IdGenerator;

/**
 * Issues an access token, living for {@code murmur.auth.access-token-lifetime} or, when
 * that is not set, until it is revoked.
 */
@Service
public class IssueAccessToken {

	private final AccessTokens tokens;

	private final IdGenerator ids;

	private final Clock clock;

	private final @Nullable Duration lifetime;

	public IssueAccessToken(AccessTokens tokens, IdGenerator ids, Clock clock, AuthProperties properties) {
		this.tokens = tokens;
		this.ids = ids;
		this.clock = clock;
		this.lifetime = properties.accessTokenLifetime();
	}

	/**
	 * @param applicationId the application the token is for
	 * @param accountId the account it acts for, or null for an application token
	 * @param scopes what it allows
	 */
	@Transactional
	public IssuedToken issue(long applicationId, @Nullable Long accountId, ScopeSet scopes) {
		String value = Secrets.newSecret();
		Instant now = this.clock.instant();
		Instant expiresAt = (this.lifetime != null) ? now.plus(this.lifetime) : null;
		AccessToken token = new AccessToken(this.ids.next(), applicationId, accountId, scopes, now, expiresAt, null);
		this.tokens.add(token, Secrets.sha256(value));
		return new IssuedToken(value, token);
	}

}
