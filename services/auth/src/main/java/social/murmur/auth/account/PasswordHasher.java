package social.murmur.auth.account;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;
import social.murmur.auth.AuthProperties;
import social.murmur.auth.secret.Secrets;

/**
 * Argon2id password hashes (BouncyCastle through Spring Security Crypto), with the cost
 * set by {@code murmur.auth.password-hashing}.
 */
@Component
public class PasswordHasher {

	private static final int SALT_BYTES = 16;

	private static final int HASH_BYTES = 32;

	private final Argon2PasswordEncoder encoder;

	/**
	 * A hash of a password nobody knows, checked when the account does not exist, so that
	 * a failed sign-in takes as long whether or not the account exists.
	 */
	private final String dummyHash;

	public PasswordHasher(AuthProperties properties) {
		AuthProperties.PasswordHashing cost = properties.passwordHashing();
		this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, cost.parallelism(), cost.memoryKib(),
				cost.iterations());
		this.dummyHash = this.encoder.encode(Secrets.newSecret());
	}

	public String hash(String password) {
		return this.encoder.encode(password);
	}

	public boolean matches(String password, String hash) {
		return this.encoder.matches(password, hash);
	}

	/** Whether the hash was made with a lower cost than today's settings. */
	public boolean needsRehash(String hash) {
		return this.encoder.upgradeEncoding(hash);
	}

	/** Spends the time of a real check, for an account that does not exist. */
	public void matchNothing(String password) {
		this.encoder.matches(password, this.dummyHash);
	}

}
