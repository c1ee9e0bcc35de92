package social.murmur.posts.status.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** ISO 639-1 language codes, the language of a status. */
public final class Languages {

	private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

	private Languages() {
	}

	/**
	 * The code in lower case if it is a known two-letter ISO 639-1 code; empty otherwise.
	 */
	public static Optional<String> iso6391(String code) {
		String normalized = code.trim().toLowerCase(Locale.ROOT);
		return (normalized.length() == 2 && CODES.contains(normalized)) ? Optional.of(normalized) : Optional.empty();
	}

}
