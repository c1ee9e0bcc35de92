package social.murmur.platform.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces of HTML that statuses and profile notes share: escaping as Rails'
 * {@code html_escape} does, and links shaped as Mastodon shapes them.
 */
public final class Html {

	private static final Pattern URL_PREFIX = Pattern.compile("\\Ahttps?://(www\\.)?", Pattern.CASE_INSENSITIVE);

	/** How much of an address is shown before the rest is elided, as in Mastodon. */
	private static final int DISPLAYED_URL_LENGTH = 30;

	private Html() {
	}

	/** Escapes {@code & < > " '} so that text can never become markup. */
	public static String escape(String text) {
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String replacement = switch (c) {
				case '&' -> "&amp;";
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '"' -> "&quot;";
				case '\'' -> "&#39;";
				default -> null;
			};
			if (replacement != null && escaped == null) {
				escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (escaped != null) {
				if (replacement != null) {
					escaped.append(replacement);
				}
				else {
					escaped.append(c);
				}
			}
		}
		return (escaped != null) ? escaped.toString() : text;
	}

	/**
	 * A link to an http(s) address. It shows the address without the scheme (kept in an
	 * invisible span, so copying still gives the whole URL), cut after 30 characters with
	 * an ellipsis, as Mastodon's clients style it; it never passes referrer or authority
	 * to the target.
	 */
	public static String link(String url) {
		Matcher prefixMatcher = URL_PREFIX.matcher(url);
		String prefix = prefixMatcher.find() ? prefixMatcher.group() : "";
		String rest = url.substring(prefix.length());
		int cut = (rest.codePointCount(0, rest.length()) > DISPLAYED_URL_LENGTH)
				? rest.offsetByCodePoints(0, DISPLAYED_URL_LENGTH) : rest.length();
		boolean elided = cut < rest.length();
		return "<a href=\"" + escape(url) + "\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">"
				+ "<span class=\"invisible\">" + escape(prefix) + "</span><span class=\"" + (elided ? "ellipsis" : "")
				+ "\">" + escape(rest.substring(0, cut)) + "</span><span class=\"invisible\">"
				+ escape(rest.substring(cut)) + "</span></a>";
	}

}
