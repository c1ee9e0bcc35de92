package social.murmur.auth.account;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Checks an e-mail address or username and a password. Unknown accounts cost a password
 * check too, so the response time does not tell which accounts exist.
 */
@Service
public class SignIn {

	/** The longest e-mail address SMTP allows; longer input cannot be anyone's login. */
	private static final int MAX_LOGIN_LENGTH = 320;

	private final Credentials credentials;

	private final PasswordHasher hasher;

	public SignIn(Credentials credentials, PasswordHasher hasher) {
		this.credentials = credentials;
		this.hasher = hasher;
	}

	/**
	 * @param login an e-mail address, or a username with or without a leading {@code @}
	 * @param password the password
	 * @return the account's credential if the password is right
	 */
	public Optional<Credential> signIn(@Nullable String login, @Nullable String password) {
		if (password == null || password.isEmpty()) {
			return Optional.empty();
		}
		Optional<Credential> credential = find(login);
		if (credential.isEmpty()) {
			this.hasher.matchNothing(password);
			return Optional.empty();
		}
		String hash = credential.get().passwordHash();
		if (!this.hasher.matches(password, hash)) {
			return Optional.empty();
		}
		if (this.hasher.needsRehash(hash)) {
			this.credentials.updatePasswordHash(credential.get().accountId(), this.hasher.hash(password));
		}
		return credential;
	}

	private Optional<Credential> find(@Nullable String login) {
		if (login == null) {
			return Optional.empty();
		}
		String name = login.strip();
		if (name.isEmpty() || name.length() > MAX_LOGIN_LENGTH || name.indexOf('\0') >= 0) {
			return Optional.empty();
		}
		if (name.startsWith("@") && name.indexOf('@', 1) < 0) {
			name = name.substring(1);
		}
		return (name.indexOf('@') >= 0) ? this.credentials.findByEmail(name) : this.credentials.findByUsername(name);
	}

}
