package social.murmur.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {

	@Test
	void escapesEverythingThatCouldBecomeMarkup() {
		assertThat(Html.escape("<script>alert('x') & \"y\"</script>"))
			.isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
		assertThat(Html.escape("plain")).isEqualTo("plain");
	}

	@Test
	void linksShowTheAddressWithoutSchemeAndElideLongOnes() {
		assertThat(Html.link("https://www.example.com/a"))
			.isEqualTo("<a href=\"https://www.example.com/a\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">"
					+ "<span class=\"invisible\">https://www.</span><span class=\"\">example.com/a</span>"
					+ "<span class=\"invisible\"></span></a>");
		String longUrl = "https://example.com/" + "a".repeat(40);
		assertThat(Html.link(longUrl)).contains("<span class=\"ellipsis\">example.com/" + "a".repeat(18) + "</span>")
			.contains("<span class=\"invisible\">" + "a".repeat(22) + "</span>");
	}

	@Test
	void quotesInAnAddressCannotBreakOutOfTheAttribute() {
		assertThat(Html.link("https://example.com/\"onmouseover=\"x"))
			.startsWith("<a href=\"https://example.com/&quot;onmouseover=&quot;x\"");
	}

}
