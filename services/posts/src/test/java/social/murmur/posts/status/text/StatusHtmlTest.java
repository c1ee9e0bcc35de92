package social.murmur.posts.status.text;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusHtmlTest {

	private final StatusHtml html = new StatusHtml("https://murmur.test/tags/", "murmur.test");

	private final Map<String, StatusHtml.MentionLink> alice = Map.of("alice",
			new StatusHtml.MentionLink("alice", "https://murmur.test/@alice"));

	@Test
	void escapesMarkupTheAuthorWrote() {
		assertThat(render("<script>alert('x')</script> & \"quotes\""))
			.isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;</p>");
	}

	@Test
	void escapesAttributeBreakoutsInLinks() {
		String rendered = render("https://a.example/?q='onmouseover=alert(1)");
		assertThat(rendered).contains("href=\"https://a.example/?q=&#39;onmouseover=alert(1)\"").doesNotContain("'");
	}

	@Test
	void doesNotLinkJavascriptUrls() {
		assertThat(render("javascript:alert(1)")).isEqualTo("<p>javascript:alert(1)</p>");
	}

	@Test
	void makesParagraphsOfBlankLinesAndBreaksOfLineBreaks() {
		assertThat(render("one\ntwo\n\n\nthree\r\nfour")).isEqualTo("<p>one<br />two</p><p>three<br />four</p>");
	}

	@Test
	void rendersNothingForBlankText() {
		assertThat(render("   ")).isEmpty();
	}

	@Test
	void linksUrlsAsMastodonDoes() {
		assertThat(render("see https://www.a.example/page"))
			.isEqualTo("<p>see <a href=\"https://www.a.example/page\" rel=\"nofollow noopener noreferrer\" "
					+ "target=\"_blank\"><span class=\"invisible\">https://www.</span><span class=\"\">a.example/page</span>"
					+ "<span class=\"invisible\"></span></a></p>");
	}

	@Test
	void shortensLongLinksWithAnEllipsis() {
		String url = "https://a.example/" + "x".repeat(40);
		assertThat(render(url)).contains("<span class=\"ellipsis\">a.example/" + "x".repeat(20) + "</span>")
			.contains("<span class=\"invisible\">" + "x".repeat(20) + "</span>");
	}

	@Test
	void linksMentionsOfKnownAccounts() {
		assertThat(render("hi @Alice and @alice@murmur.test"))
			.isEqualTo("<p>hi <span class=\"h-card\"><a href=\"https://murmur.test/@alice\" class=\"u-url mention\">"
					+ "@<span>alice</span></a></span> and <span class=\"h-card\"><a href=\"https://murmur.test/@alice\" "
					+ "class=\"u-url mention\">@<span>alice</span></a></span></p>");
	}

	@Test
	void leavesUnknownAndRemoteMentionsAsText() {
		assertThat(render("@nobody @alice@elsewhere.example")).isEqualTo("<p>@nobody @alice@elsewhere.example</p>");
	}

	@Test
	void linksHashtagsToTheirTimeline() {
		assertThat(render("#Java rocks")).isEqualTo(
				"<p><a href=\"https://murmur.test/tags/java\" class=\"mention hashtag\" rel=\"tag\">#<span>Java</span></a> rocks</p>");
	}

	private String render(String text) {
		return this.html.render(StatusText.parse(text), this.alice);
	}

}
