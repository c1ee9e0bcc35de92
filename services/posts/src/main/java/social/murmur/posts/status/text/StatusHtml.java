package social.murmur.posts.status.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import social.murmur.platform.text.Html;

/**
 * Renders a status text as the HTML Mastodon clients expect in {@code content}. Nothing
 * the author wrote reaches the output unescaped: the only markup is what this class adds
 * (paragraphs, line breaks, links, mentions, hashtags), so no sanitizer is needed after
 * it.
 */
public final class StatusHtml {

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n{2,}");

	private static final Pattern LINE_BREAK = Pattern.compile("([^\n]\n)(?=[^\n])");

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
			html.append(Html.escape(source.substring(last, entity.start())));
			String written = source.substring(entity.start(), entity.end());
			switch (entity) {
				case TextEntity.Link link -> html.append(Html.link(link.url()));
				case TextEntity.Hashtag hashtag -> html.append(hashtag(hashtag));
				case TextEntity.Mention mention -> {
					MentionLink target = mention.isLocal(this.localDomain)
							? mentioned.get(mention.username().toLowerCase(Locale.ROOT)) : null;
					html.append((target != null) ? mention(target) : Html.escape(written));
				}
			}
			last = entity.end();
		}
		html.append(Html.escape(source.substring(last)));
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
		return "<a href=\"" + Html.escape(this.tagUrlBase + hashtag.normalized())
				+ "\" class=\"mention hashtag\" rel=\"tag\">#<span>" + Html.escape(hashtag.name()) + "</span></a>";
	}

	private static String mention(MentionLink target) {
		return "<span class=\"h-card\"><a href=\"" + Html.escape(target.url()) + "\" class=\"u-url mention\">@<span>"
				+ Html.escape(target.username()) + "</span></a></span>";
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
