package social.murmur.auth.authorization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import social.murmur.auth.AuthProperties;
import social.murmur.auth.account.SignIn;
import social.murmur.auth.secret.Secrets;
import social.murmur.platform.id.IdGenerator;

/**
 * A user signs in on the authorization page and so grants the application what it asked
 * for: an authorization code is issued, valid for
 * {@code murmur.auth.authorization-code-lifetime} (10 minutes) and once.
 */
@Service
public class GrantAuthorization {

	private final SignIn signIn;

	private final AuthorizationCodes codes;

	private final IdGenerator ids;

	private final Clock clock;

	private final Duration lifetime;

	public GrantAuthorization(SignIn signIn, AuthorizationCodes codes, IdGenerator ids, Clock clock,
			AuthProperties properties) {
		this.signIn = signIn;
		this.codes = codes;
		this.ids = ids;
		this.clock = clock;
		this.lifetime = properties.authorizationCodeLifetime();
	}

	/**
	 * @return the authorization code, or empty if the login or password is wrong (then
	 * nothing is issued)
	 */
	public Optional<String> grant(AuthorizationRequest request, @Nullable String login, @Nullable String password) {
		return this.signIn.signIn(login, password).map((credential) -> {
			String code = Secrets.newSecret();
			Instant now = this.clock.instant();
			this.codes.add(new AuthorizationCode(this.ids.next(), request.client().id(), credential.accountId(),
					request.redirectUri(), request.scopes(), request.codeChallenge(), request.codeChallengeMethod(),
					now, now.plus(this.lifetime)), Secrets.sha256(code));
			return code;
		});
	}

}
