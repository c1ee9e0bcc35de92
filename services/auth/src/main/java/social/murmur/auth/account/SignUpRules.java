package social.murmur.auth.account;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The rules of sign-up that need nothing but the request, with Mastodon's limits, codes
 * and wording. Uniqueness is checked by {@link SignUp}.
 */
public final class SignUpRules {

	static final int MAX_USERNAME_LENGTH = 30;

	static final int MIN_PASSWORD_LENGTH = 8;

	/** Mastodon's (and bcrypt's) limit, kept so passwords move freely between them. */
	static final int MAX_PASSWORD_LENGTH = 72;

	static final int MAX_EMAIL_LENGTH = 254;

	static final int MAX_REASON_LENGTH = 500;

	static final String DEFAULT_LOCALE = "en";

	/** Names that look official; Mastodon reserves the same ones. */
	private static final Set<String> RESERVED_USERNAMES = Set.of("admin", "support", "help", "root", "webmaster",
			"administrator", "mod", "moderator");

	private static final Pattern USERNAME_CHARACTERS = Pattern.compile("[a-zA-Z0-9_]+");

	/**
	 * A pragmatic address check: an ASCII local part and a domain with at least two
	 * labels. Stricter than RFC 5322 on purpose: quoted local parts and comments are not
	 * addresses people sign up with.
	 */
	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
				+ "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private static final Pattern LOCALE = Pattern.compile("([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8}){0,3}");

	private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

	private SignUpRules() {
	}

	public static ValidationErrors validate(SignUpRequest request) {
		ValidationErrors errors = new ValidationErrors();
		username(request.username(), errors);
		email(request.email(), errors);
		password(request.password(), errors);
		if (!request.agreement()) {
			errors.add("agreement", "ERR_ACCEPTED", "must be accepted");
		}
		if (locale(request.locale()) == null) {
			errors.add("locale", "ERR_INCLUSION", "is not included in the list");
		}
		reason(request.reason(), errors);
		return errors;
	}

	/** The username as it will be stored: surrounding spaces dropped. */
	static @Nullable String normalizeUsername(@Nullable String username) {
		return (username != null) ? username.strip() : null;
	}

	/** The e-mail address as it will be stored: surrounding spaces dropped. */
	static @Nullable String normalizeEmail(@Nullable String email) {
		return (email != null) ? email.strip() : null;
	}

	/**
	 * The locale as a language tag ({@code pt_BR} becomes {@code pt-BR}), the default
	 * when none was given, or null when it is not a language.
	 */
	static @Nullable String locale(@Nullable String locale) {
		if (locale == null || locale.isBlank()) {
			return DEFAULT_LOCALE;
		}
		var matcher = LOCALE.matcher(locale.strip());
		if (!matcher.matches()) {
			return null;
		}
		String language = matcher.group(1).toLowerCase(Locale.ROOT);
		if (language.length() == 2 && !ISO_LANGUAGES.contains(language)) {
			return null;
		}
		return Locale.forLanguageTag(locale.strip().replace('_', '-')).toLanguageTag();
	}

	private static void username(@Nullable String value, ValidationErrors errors) {
		String username = normalizeUsername(value);
		if (username == null || username.isEmpty()) {
			errors.add("username", "ERR_BLANK", "can't be blank");
		}
		else if (!USERNAME_CHARACTERS.matcher(username).matches()) {
			errors.add("username", "ERR_INVALID", "must contain only letters, numbers and underscores");
		}
		else if (username.length() > MAX_USERNAME_LENGTH) {
			errors.add("username", "ERR_TOO_LONG", "is too long (maximum is " + MAX_USERNAME_LENGTH + " characters)");
		}
		else if (RESERVED_USERNAMES.contains(username.toLowerCase(Locale.ROOT))) {
			errors.add("username", "ERR_RESERVED", "is reserved");
		}
	}

	private static void email(@Nullable String value, ValidationErrors errors) {
		String email = normalizeEmail(value);
		if (email == null || email.isEmpty()) {
			errors.add("email", "ERR_BLANK", "can't be blank");
		}
		else if (email.length() > MAX_EMAIL_LENGTH) {
			errors.add("email", "ERR_TOO_LONG", "is too long (maximum is " + MAX_EMAIL_LENGTH + " characters)");
		}
		else if (!EMAIL.matcher(email).matches()) {
			errors.add("email", "ERR_INVALID", "is invalid");
		}
	}

	private static void password(@Nullable String password, ValidationErrors errors) {
		if (password == null || password.isEmpty()) {
			errors.add("password", "ERR_BLANK", "can't be blank");
			return;
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_PASSWORD_LENGTH) {
			errors.add("password", "ERR_TOO_SHORT", "is too short (minimum is " + MIN_PASSWORD_LENGTH + " characters)");
		}
		else if (length > MAX_PASSWORD_LENGTH) {
			errors.add("password", "ERR_TOO_LONG", "is too long (maximum is " + MAX_PASSWORD_LENGTH + " characters)");
		}
	}

	private static void reason(@Nullable String reason, ValidationErrors errors) {
		if (reason == null) {
			return;
		}
		if (reason.codePointCount(0, reason.length()) > MAX_REASON_LENGTH) {
			errors.add("reason", "ERR_TOO_LONG", "is too long (maximum is " + MAX_REASON_LENGTH + " characters)");
		}
		else if (reason.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			errors.add("reason", "ERR_INVALID", "is invalid");
		}
	}

}
