package social.murmur.users.account;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Mastodon's limits on what a profile may hold. Lengths are counted in Unicode code
 * points, as Ruby counts characters, so an emoji is one character and not two.
 */
public final class ProfileRules {

	public static final int MAX_USERNAME_LENGTH = 30;

	public static final int MAX_DISPLAY_NAME_LENGTH = 30;

	public static final int MAX_NOTE_LENGTH = 500;

	/** Mastodon's username pattern: word characters, with dots and dashes inside. */
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_]+(?:[A-Za-z0-9_.-]+[A-Za-z0-9_]+)?");

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private ProfileRules() {
	}

	public static boolean isValidUsername(@Nullable String username) {
		return username != null && username.length() <= MAX_USERNAME_LENGTH && USERNAME.matcher(username).matches();
	}

	/** Whether the given code is an ISO 639-1 language code, such as {@code en}. */
	public static boolean isLanguage(@Nullable String code) {
		return code != null && code.length() == 2 && LANGUAGES.contains(code);
	}

	/**
	 * Checks a display name.
	 * @throws InvalidProfile with Mastodon's wording when it is too long
	 */
	public static String checkDisplayName(String displayName) {
		return checkLength("Display name", displayName, MAX_DISPLAY_NAME_LENGTH);
	}

	/**
	 * Checks a profile note.
	 * @throws InvalidProfile with Mastodon's wording when it is too long
	 */
	public static String checkNote(String note) {
		return checkLength("Note", note, MAX_NOTE_LENGTH);
	}

	/**
	 * Checks a default posting language.
	 * @throws InvalidProfile when it is not an ISO 639-1 code
	 */
	public static String checkLanguage(String language) {
		if (!isLanguage(language)) {
			throw new InvalidProfile("Language is not a valid language code");
		}
		return language;
	}

	/**
	 * Text as it will be stored: PostgreSQL cannot hold NUL characters, and no profile
	 * needs them, so they are dropped rather than refused.
	 */
	public static String clean(String text) {
		return (text.indexOf('\0') >= 0) ? text.replace("\0", "") : text;
	}

	private static String checkLength(String field, String value, int maximum) {
		if (value.codePointCount(0, value.length()) > maximum) {
			throw new InvalidProfile(field + " is too long (maximum is " + maximum + " characters)");
		}
		return value;
	}

}
