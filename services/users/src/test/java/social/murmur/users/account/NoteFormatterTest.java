package social.murmur.users.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoteFormatterTest {

	@Test
	void emptyOrBlankNoteHasNoHtml() {
		assertThat(NoteFormatter.toHtml("")).isEmpty();
		assertThat(NoteFormatter.toHtml("  \n\n \t")).isEmpty();
	}

	@Test
	void wrapsTextInAParagraph() {
		assertThat(NoteFormatter.toHtml("Hello there")).isEqualTo("<p>Hello there</p>");
	}

	@Test
	void singleLineBreaksBecomeBrAndBlankLinesSeparateParagraphs() {
		assertThat(NoteFormatter.toHtml("one\ntwo\r\n\r\nthree\n\n\nfour"))
			.isEqualTo("<p>one<br />two</p><p>three</p><p>four</p>");
	}

	@Test
	void escapesMarkupSoNothingBecomesATag() {
		assertThat(NoteFormatter.toHtml("<script>alert('x')</script> & \"quotes\""))
			.isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;</p>");
	}

	@Test
	void escapesAttributeBreakingAttemptsInsideText() {
		assertThat(NoteFormatter.toHtml("<img src=x onerror=alert(1)>")).doesNotContain("<img")
			.isEqualTo("<p>&lt;img src=x onerror=alert(1)&gt;</p>");
	}

	@Test
	void linksHttpAddressesAsMastodonDoes() {
		assertThat(NoteFormatter.toHtml("see https://example.com/about now")).isEqualTo("<p>see "
				+ "<a href=\"https://example.com/about\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">"
				+ "<span class=\"invisible\">https://</span><span class=\"\">example.com/about</span>"
				+ "<span class=\"invisible\"></span></a> now</p>");
	}

	@Test
	void hidesWwwAndElidesLongAddresses() {
		String html = NoteFormatter.toHtml("http://www.example.com/a/very/long/path/that/goes/on/and/on");
		assertThat(html).contains("<span class=\"invisible\">http://www.</span>")
			.contains("<span class=\"ellipsis\">example.com/a/very/long/path/t</span>")
			.contains("<span class=\"invisible\">hat/goes/on/and/on</span>");
	}

	@Test
	void leavesTrailingPunctuationAndUnbalancedParenthesesOutOfLinks() {
		assertThat(NoteFormatter.toHtml("(see https://example.com/x)."))
			.startsWith("<p>(see <a href=\"https://example.com/x\"")
			.endsWith("</a>).</p>");
		assertThat(NoteFormatter.toHtml("https://en.wikipedia.org/wiki/Foo_(bar)"))
			.contains("href=\"https://en.wikipedia.org/wiki/Foo_(bar)\"");
	}

	@Test
	void escapesAmpersandsInLinkedAddresses() {
		assertThat(NoteFormatter.toHtml("https://example.com/?a=1&b=2"))
			.contains("href=\"https://example.com/?a=1&amp;b=2\"")
			.contains(">example.com/?a=1&amp;b=2<");
	}

	@Test
	void addressesCannotCarryQuotesOrTagsIntoTheLink() {
		String html = NoteFormatter.toHtml("https://example.com/\"onmouseover=\"alert(1)<b>");
		assertThat(html).contains("href=\"https://example.com/\"")
			.contains("&quot;onmouseover=&quot;alert(1)&lt;b&gt;")
			.doesNotContain("<b>");
	}

	@Test
	void linksOnlyHttpAndHttps() {
		assertThat(NoteFormatter.toHtml("javascript:alert(1) ftp://example.com data:text/html,x")).doesNotContain("<a");
	}

	@Test
	void bareSchemeIsNotALink() {
		assertThat(NoteFormatter.toHtml("https://")).isEqualTo("<p>https://</p>");
		assertThat(NoteFormatter.toHtml("https://.")).isEqualTo("<p>https://.</p>");
	}

	@Test
	void linksSeveralAddressesOnOneLine() {
		String html = NoteFormatter.toHtml("a https://one.example b https://two.example c");
		assertThat(html).contains("href=\"https://one.example\"")
			.contains("href=\"https://two.example\"")
			.startsWith("<p>a <a")
			.endsWith("</a> c</p>");
	}

}
