package social.murmur.auth.account.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import social.murmur.auth.account.SignUpRejected;
import social.murmur.auth.account.SignUpRequest;
import social.murmur.auth.account.ValidationErrors;

/**
 * The form of {@code POST /api/v1/accounts}, untyped so that a wrong type is reported per
 * field, as the other validation errors are.
 *
 * @param username the wanted username
 * @param email the sign-in e-mail address
 * @param password the password
 * @param agreement {@code true} (or {@code "true"}, {@code "1"}) if the terms were
 * accepted
 * @param locale the language, such as {@code en}
 * @param reason why they want to join
 */
record SignUpParams(@Nullable Object username, @Nullable Object email, @Nullable Object password,
		@Nullable Object agreement, @Nullable Object locale, @Nullable Object reason) {

	/**
	 * @throws SignUpRejected if a field holds a list or an object rather than a value
	 */
	SignUpRequest toRequest() {
		ValidationErrors errors = new ValidationErrors();
		SignUpRequest request = new SignUpRequest(text("username", this.username, errors),
				text("email", this.email, errors), text("password", this.password, errors), accepted(this.agreement),
				text("locale", this.locale, errors), text("reason", this.reason, errors));
		if (!errors.isEmpty()) {
			throw new SignUpRejected(errors);
		}
		return request;
	}

	/** Rails' acceptance rule: {@code true}, {@code "true"} or {@code "1"}. */
	static boolean accepted(@Nullable Object value) {
		if (value instanceof Boolean flag) {
			return flag;
		}
		if (value instanceof Number number) {
			return number.longValue() == 1 && number.doubleValue() == 1.0;
		}
		return value instanceof String text && List.of("true", "1").contains(text.strip());
	}

	private static @Nullable String text(String field, @Nullable Object value, ValidationErrors errors) {
		if (value == null || value instanceof String) {
			return (String) value;
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		errors.add(field, "ERR_INVALID", "is invalid");
		return null;
	}

}
