package social.murmur.auth.authorization;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import social.murmur.auth.secret.Secrets;

/**
 * Proof Key for Code Exchange (RFC 7636): the application that asked for a code must
 * prove, when it exchanges the code, that it is the one that asked.
 */
public final class Pkce {

	public static final String S256 = "S256";

	public static final String PLAIN = "plain";

	/** Verifiers and challenges: 43 to 128 unreserved characters (RFC 7636 4.1, 4.2). */
	private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

	private Pkce() {
	}

	/**
	 * The method to use for a challenge: {@code plain} when none is named, as RFC 7636
	 * says; null when the named one is not supported.
	 */
	public static @Nullable String method(@Nullable String method) {
		if (method == null || method.isEmpty()) {
			return PLAIN;
		}
		return (method.equals(S256) || method.equals(PLAIN)) ? method : null;
	}

	public static boolean isWellFormed(@Nullable String value) {
		return value != null && VALUE.matcher(value).matches();
	}

	/** Whether the verifier answers the challenge, compared in constant time. */
	public static boolean verify(@Nullable String verifier, String challenge, String method) {
		if (!isWellFormed(verifier)) {
			return false;
		}
		String expected = switch (method) {
			case S256 -> Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(Secrets.sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
			case PLAIN -> verifier;
			default -> null;
		};
		return expected != null && Secrets.equalInConstantTime(expected.getBytes(StandardCharsets.US_ASCII),
				challenge.getBytes(StandardCharsets.US_ASCII));
	}

}
