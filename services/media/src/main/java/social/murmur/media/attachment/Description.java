package social.murmur.media.attachment;

import social.murmur.platform.web.ApiException;

/** Alt text rules, as Mastodon's: at most 1,500 characters. */
public final class Description {

	/** The longest alt text, in characters (code points). */
	public static final int MAX_LENGTH = 1_500;

	private Description() {
	}

	/**
	 * The alt text to store: NUL characters (which no client means and PostgreSQL cannot
	 * store) removed.
	 * @throws ApiException 422 when it is too long
	 */
	public static String validate(String description) {
		String cleaned = description.replace("\u0000", "");
		if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
			throw ApiException
				.unprocessable("Validation failed: Description is too long (maximum is " + MAX_LENGTH + " characters)");
		}
		return cleaned;
	}

}
