package social.murmur.users.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import social.murmur.platform.text.Html;

/**
 * Turns a profile note written as plain text into the HTML that Mastodon clients expect:
 * blank lines separate paragraphs, single line breaks become line-break elements, and
 * http(s) addresses become links shaped as Mastodon shapes them. All text is escaped, so
 * nothing the owner writes can become markup of its own.
 */
public final class NoteFormatter {

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[ \t]*\n\\s*");

	/**
	 * An http(s) address runs until whitespace or a character that cannot appear
	 * unescaped in one.
	 */
	private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'`\\p{Cntrl}]+");

	private static final String TRAILING_PUNCTUATION = ".,;:!?";

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
			html.append(Html.escape(line.substring(written, matcher.start())));
			html.append(Html.link(url));
			written = matcher.start() + url.length();
		}
		html.append(Html.escape(line.substring(written)));
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

}
