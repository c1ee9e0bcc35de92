package social.murmur.users.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a profile note written as plain text into the HTML that Mastodon clients expect:
 * blank lines separate paragraphs ({@code
 *
<p>
 * }), single line breaks become {@code <br />
 * }, and http(s) addresses become links shaped as Mastodon shapes them. All text is
 * escaped, so nothing the owner writes can become markup of its own.
 */
public final class NoteFormatter {

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[ \t]*\n\\s*");

	/**
	 * An http(s) address runs until whitespace or a character that cannot appear
	 * unescaped in one.
	 */
	private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'`\\p{Cntrl}]+");

	private static final String TRAILING_PUNCTUATION = ".,;:!?";

	/** How much of an address is shown before the rest is elided, as in Mastodon. */
	private static final int VISIBLE_LENGTH = 30;

	private NoteFormatter() {
	}

	public static String toHtml(String plain) {
		String text = plain.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (text.isEmpty()) {
			return "";
		}
		StringBuilder html = new StringBuilder(text.length() + 16);
		for (String paragraph : PARAGRAPH_BREAK.split(text)) {
			html.append("<p>");
			String[] lines = paragraph.split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					html.append("<br />");
				}
				appendLinkified(html, lines[i]);
			}
			html.append("</p>");
		}
		return html.toString();
	}

	private static void appendLinkified(StringBuilder html, String line) {
		Matcher matcher = URL.matcher(line);
		int written = 0;
		while (matcher.find()) {
			String url = trimTrailing(matcher.group());
			int schemeEnd = url.indexOf("://") + 3;
			if (url.length() == schemeEnd) {
				continue;
			}
			html.append(escape(line.substring(written, matcher.start())));
			appendLink(html, url, schemeEnd);
			written = matcher.start() + url.length();
		}
		html.append(escape(line.substring(written)));
	}

	/**
	 * Leaves sentence punctuation and an unbalanced closing parenthesis after an address
	 * out of the link: "see https://example.com." links only the address.
	 */
	private static String trimTrailing(String url) {
		String result = url;
		while (!result.isEmpty()) {
			char last = result.charAt(result.length() - 1);
			if (TRAILING_PUNCTUATION.indexOf(last) >= 0) {
				result = result.substring(0, result.length() - 1);
			}
			else if (last == ')' && count(result, '(') < count(result, ')')) {
				result = result.substring(0, result.length() - 1);
			}
			else {
				break;
			}
		}
		return result;
	}

	private static long count(String text, char c) {
		return text.chars().filter((ch) -> ch == c).count();
	}

	private static void appendLink(StringBuilder html, String url, int schemeEnd) {
		String prefix = url.substring(0, schemeEnd);
		String rest = url.substring(schemeEnd);
		if (rest.regionMatches(true, 0, "www.", 0, 4)) {
			prefix = prefix + rest.substring(0, 4);
			rest = rest.substring(4);
		}
		boolean elided = rest.length() > VISIBLE_LENGTH;
		String visible = elided ? rest.substring(0, VISIBLE_LENGTH) : rest;
		String hidden = elided ? rest.substring(VISIBLE_LENGTH) : "";
		html.append("<a href=\"")
			.append(escape(url))
			.append("\" target=\"_blank\" rel=\"nofollow noopener noreferrer\">")
			.append("<span class=\"invisible\">")
			.append(escape(prefix))
			.append("</span><span class=\"")
			.append(elided ? "ellipsis" : "")
			.append("\">")
			.append(escape(visible))
			.append("</span><span class=\"invisible\">")
			.append(escape(hidden))
			.append("</span></a>");
	}

	static String escape(String text) {
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

}
