package social.murmur.auth;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the auth service, under {@code murmur.auth.*} (environment:
 * {@code MURMUR_AUTH_*}).
 *
 * @param accessTokenLifetime how long an access token stays valid; unset (the default)
 * means tokens live until they are revoked, as in Mastodon
 * @param authorizationCodeLifetime how long an authorization code may be exchanged for a
 * token
 * @param passwordHashing the Argon2id cost of password hashes
 */
@ConfigurationProperties("murmur.auth")
public record AuthProperties(@Nullable Duration accessTokenLifetime,
		@DefaultValue("10m") Duration authorizationCodeLifetime, @DefaultValue PasswordHashing passwordHashing) {

	/**
	 * Argon2id parameters. The defaults (19 MiB, 2 passes, 1 lane) are OWASP's
	 * recommended minimum and cost about 50 ms per hash on the build machines.
	 *
	 * @param memoryKib memory per hash, in KiB
	 * @param iterations passes over the memory
	 * @param parallelism lanes
	 */
	public record PasswordHashing(@DefaultValue("19456") int memoryKib, @DefaultValue("2") int iterations,
			@DefaultValue("1") int parallelism) {
	}

}
