package social.murmur.auth.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets (access tokens, client ids and secrets, authorization codes) and the
 * SHA-256 digests they are stored as. A leaked database then holds nothing a client could
 * present.
 */
public final class Secrets {

	/** 256 bits: beyond guessing, and what Mastodon's tokens carry. */
	private static final int SECRET_BYTES = 32;

	private static final SecureRandom random = new SecureRandom();

	private static final Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();

	private Secrets() {
	}

	/** A new random secret: 32 bytes, base64url without padding (43 characters). */
	public static String newSecret() {
		byte[] bytes = new byte[SECRET_BYTES];
		random.nextBytes(bytes);
		return base64.encodeToString(bytes);
	}

	/** SHA-256 of the UTF-8 bytes of the given text. */
	public static byte[] sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	public static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/** Lower-case hex, as the {@code TokenRevoked} event carries digests. */
	public static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	/** Compares in time that does not depend on where the inputs first differ. */
	public static boolean equalInConstantTime(byte[] a, byte[] b) {
		return MessageDigest.isEqual(a, b);
	}

}
