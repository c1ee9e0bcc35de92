package social.murmur.users.web;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import social.murmur.platform.web.ApiException;

/**
 * Reads a boolean parameter the way Rails does, since clients send booleans as JSON
 * {@code true}, as form fields {@code "true"}/{@code "1"}, or even as {@code "on"}. A
 * value that means neither is refused rather than guessed.
 */
public final class Flags {

	private static final Set<String> TRUE = Set.of("true", "1", "t", "on", "yes", "y");

	private static final Set<String> FALSE = Set.of("false", "0", "f", "off", "no", "n");

	private Flags() {
	}

	/**
	 * @param field the parameter name, for the error message
	 * @param value the value as bound from JSON or a form, null when absent
	 * @return the boolean, or null when the parameter is absent or empty
	 * @throws ApiException 422 when the value is not a boolean
	 */
	public static @Nullable Boolean parse(String field, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Boolean flag) {
			return flag;
		}
		if (value instanceof Number number && (number.longValue() == 0 || number.longValue() == 1)
				&& number.doubleValue() == number.longValue()) {
			return number.longValue() == 1;
		}
		if (value instanceof String text) {
			String normalized = text.strip().toLowerCase(Locale.ROOT);
			if (normalized.isEmpty()) {
				return null;
			}
			if (TRUE.contains(normalized)) {
				return true;
			}
			if (FALSE.contains(normalized)) {
				return false;
			}
		}
		throw ApiException.unprocessable("Validation failed: " + field + " is not a boolean");
	}

}
