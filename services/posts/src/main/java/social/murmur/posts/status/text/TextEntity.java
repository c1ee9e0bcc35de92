package social.murmur.posts.status.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A part of a status text that is not plain text: a link, a mention or a hashtag, found
 * at {@code [start, end)} of the text.
 */
public sealed interface TextEntity permits TextEntity.Link, TextEntity.Mention, TextEntity.Hashtag {

	int start();

	int end();

	/** A URL with a scheme, as written. */
	record Link(int start, int end, String url) implements TextEntity {
	}

	/**
	 * {@code @username} or {@code @username@domain}.
	 *
	 * @param username the local part as written
	 * @param domain the domain as written, or null when there was none
	 */
	record Mention(int start, int end, String username, @Nullable String domain) implements TextEntity {

		/** Whether this mention names an account of this instance. */
		public boolean isLocal(String localDomain) {
			return this.domain == null || this.domain.equalsIgnoreCase(localDomain);
		}

	}

	/**
	 * {@code #name}.
	 *
	 * @param name the name as written, without the {@code #}
	 */
	record Hashtag(int start, int end, String name) implements TextEntity {

		private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_]*\\p{L}[\\p{L}\\p{M}\\p{Nd}_]*");

		/**
		 * The name a tag is stored and looked up by: compatibility-normalized and lower
		 * case, so that {@code #Café} and {@code #café} are one tag.
		 */
		public String normalized() {
			return normalize(this.name);
		}

		public static String normalize(String name) {
			return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		}

		/**
		 * Whether a name could be a hashtag: letters, digits and underscores, with at
		 * least one letter. Anything else names no tag.
		 */
		public static boolean isValidName(String name) {
			return NAME.matcher(name).matches();
		}

	}

}
