package social.murmur.posts.status.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders a status text as the HTML Mastodon clients expect in {@code content}. Nothing
 * the author wrote reaches the output unescaped: the only markup is what this class adds
 * (paragraphs, line breaks, links, mentions, hashtags), so no sanitizer is needed after
 * it.
 */
public final class StatusHtml {

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n{2,}");

	private static final Pattern LINE_BREAK = Pattern.compile("([^\n]\n)(?=[^\n])");

	private static final Pattern URL_PREFIX = Pattern.compile("\\Ahttps?://(www\\.)?", Pattern.CASE_INSENSITIVE);

	private static final int DISPLAYED_URL_LENGTH = 30;

	private final String tagUrlBase;

	private final String localDomain;

	/**
	 * @param tagUrlBase the address hashtag links start with, such as
	 * {@code https://murmur.example/tags/}
	 * @param localDomain this instance's domain, so {@code @user@<domain>} is local
	 */
	public StatusHtml(String tagUrlBase, String localDomain) {
		this.tagUrlBase = tagUrlBase;
		this.localDomain = localDomain;
	}

	/**
	 * @param text the parsed text
	 * @param mentioned the accounts mentions resolved to, by lower-case username; a
	 * mention of anyone else stays plain text
	 */
	public String render(StatusText text, Map<String, MentionLink> mentioned) {
		String source = text.text();
		if (source.isBlank()) {
			return "";
		}
		StringBuilder html = new StringBuilder(source.length() * 2);
		int last = 0;
		for (TextEntity entity : text.entities()) {
			html.append(escape(source.substring(last, entity.start())));
			String written = source.substring(entity.start(), entity.end());
			switch (entity) {
				case TextEntity.Link link -> html.append(link(link.url()));
				case TextEntity.Hashtag hashtag -> html.append(hashtag(hashtag));
				case TextEntity.Mention mention -> {
					MentionLink target = mention.isLocal(this.localDomain)
							? mentioned.get(mention.username().toLowerCase(Locale.ROOT)) : null;
					html.append((target != null) ? mention(target) : escape(written));
				}
			}
			last = entity.end();
		}
		html.append(escape(source.substring(last)));
		return paragraphs(html.toString());
	}

	/**
	 * Rails' {@code simple_format} as Mastodon applies it: blank lines separate
	 * paragraphs, single line breaks become {@code <br />
	 * }, and no newline is left.
	 */
	static String paragraphs(String html) {
		StringBuilder result = new StringBuilder(html.length() + 16);
		for (String paragraph : PARAGRAPH_BREAK.split(html)) {
			result.append("<p>").append(LINE_BREAK.matcher(paragraph).replaceAll("$1<br />")).append("</p>");
		}
		return result.toString().replace("\n", "");
	}

	private String hashtag(TextEntity.Hashtag hashtag) {
		return "<a href=\"" + escape(this.tagUrlBase + hashtag.normalized())
				+ "\" class=\"mention hashtag\" rel=\"tag\">#<span>" + escape(hashtag.name()) + "</span></a>";
	}

	private static String mention(MentionLink target) {
		return "<span class=\"h-card\"><a href=\"" + escape(target.url()) + "\" class=\"u-url mention\">@<span>"
				+ escape(target.username()) + "</span></a></span>";
	}

	/**
	 * A link shows its address without the scheme (kept in an invisible span so copying
	 * still gives the whole URL), cut after 30 characters with an ellipsis, as Mastodon's
	 * web client styles it.
	 */
	private static String link(String url) {
		var prefixMatcher = URL_PREFIX.matcher(url);
		String prefix = prefixMatcher.find() ? prefixMatcher.group() : "";
		String rest = url.substring(prefix.length());
		int cut = (rest.codePointCount(0, rest.length()) > DISPLAYED_URL_LENGTH)
				? rest.offsetByCodePoints(0, DISPLAYED_URL_LENGTH) : rest.length();
		boolean cutoff = cut < rest.length();
		return "<a href=\"" + escape(url) + "\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">"
				+ "<span class=\"invisible\">" + escape(prefix) + "</span><span class=\"" + (cutoff ? "ellipsis" : "")
				+ "\">" + escape(rest.substring(0, cut)) + "</span><span class=\"invisible\">"
				+ escape(rest.substring(cut)) + "</span></a>";
	}

	/** Escapes as Rails' {@code html_escape} does, quotes included. */
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
	 * Where a resolved mention links to.
	 *
	 * @param username the account's username as the account spells it
	 * @param url the account's profile page
	 */
	public record MentionLink(String username, String url) {
	}

}
