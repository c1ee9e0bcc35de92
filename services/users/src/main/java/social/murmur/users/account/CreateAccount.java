package social.murmur.users.account;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the profile of an account auth has just registered. Auth retries a sign-up that
 * timed out, so asking again for the same id and username returns the account already
 * made.
 */
@Service
public class CreateAccount {

	private final Accounts accounts;

	public CreateAccount(Accounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * @param id the id auth gave the account
	 * @param username the username, checked against {@link ProfileRules}
	 * @param displayName the display name, empty for none
	 * @param locale the sign-up locale, such as {@code en} or {@code pt-BR}; its language
	 * becomes the default posting language
	 * @throws InvalidProfile when the id, username or display name is not acceptable
	 * @throws UsernameTaken when the username or the id belongs to another account
	 */
	@Transactional
	public Account create(long id, String username, String displayName, String locale) {
		if (id <= 0) {
			throw new InvalidProfile("Id must be a positive number");
		}
		if (!ProfileRules.isValidUsername(username)) {
			throw new InvalidProfile("Username must be 1 to " + ProfileRules.MAX_USERNAME_LENGTH
					+ " letters, digits or underscores (dots and dashes allowed inside)");
		}
		String name = ProfileRules.checkDisplayName(ProfileRules.clean(displayName.strip()));
		this.accounts.insertIfAbsent(id, username, name, language(locale));
		Account account = this.accounts.findById(id)
			.orElseThrow(() -> new UsernameTaken("Username has already been taken"));
		if (!account.username().equalsIgnoreCase(username)) {
			throw new UsernameTaken("Account " + id + " already exists with another username");
		}
		return account;
	}

	/**
	 * The language part of a locale, if it is an ISO 639-1 code: {@code pt-BR} gives
	 * {@code pt}.
	 */
	static @Nullable String language(String locale) {
		String language = locale.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
		return ProfileRules.isLanguage(language) ? language : null;
	}

}
