package social.murmur.posts.status.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusTextTest {

	@Test
	void findsLinksOnlyWithAScheme() {
		StatusText text = StatusText.parse("see https://murmur.example/a and example.com and http://x.example");
		assertThat(links(text)).containsExactly("https://murmur.example/a", "http://x.example");
	}

	@Test
	void leavesSentencePunctuationOutOfLinks() {
		assertThat(links(StatusText.parse("Look: https://a.example/page. Nice!")))
			.containsExactly("https://a.example/page");
		assertThat(links(StatusText.parse("(see https://a.example/x)"))).containsExactly("https://a.example/x");
		assertThat(links(StatusText.parse("https://en.wikipedia.org/wiki/Java_(language)")))
			.containsExactly("https://en.wikipedia.org/wiki/Java_(language)");
	}

	@Test
	void endsLinksAtQuotesAndAngleBrackets() {
		assertThat(links(StatusText.parse("<https://a.example/x>\"https://b.example/\"")))
			.containsExactly("https://a.example/x", "https://b.example/");
	}

	@Test
	void ignoresSchemesWithoutAHost() {
		assertThat(StatusText.parse("https:// nothing and https://.bad").entities()).isEmpty();
	}

	@Test
	void findsLocalAndRemoteMentions() {
		StatusText text = StatusText.parse("hi @Alice, @bob@murmur.test and @carol@elsewhere.example!");
		assertThat(text.entities()).filteredOn(TextEntity.Mention.class::isInstance)
			.extracting((entity) -> ((TextEntity.Mention) entity).username())
			.containsExactly("Alice", "bob", "carol");
		assertThat(text.localMentions("murmur.test")).containsExactly("alice", "bob");
	}

	@Test
	void doesNotTakeEmailAddressesForMentions() {
		assertThat(StatusText.parse("write to alice@murmur.test").entities()).isEmpty();
	}

	@Test
	void listsEachMentionedUsernameOnce() {
		assertThat(StatusText.parse("@alice @ALICE @alice@murmur.test").localMentions("murmur.test"))
			.containsExactly("alice");
	}

	@Test
	void findsUnicodeHashtagsAndStoresThemLowerCase() {
		StatusText text = StatusText.parse("#Java #café #日本語 #snake_case #JAVA");
		assertThat(text.hashtags()).containsExactly("java", "café", "日本語", "snake_case");
	}

	@Test
	void needsALetterInAHashtag() {
		assertThat(StatusText.parse("issue #123 and #1st").hashtags()).containsExactly("1st");
	}

	@Test
	void findsNoHashtagOrMentionInsideALink() {
		StatusText text = StatusText.parse("https://a.example/#anchor https://a.example/@user");
		assertThat(text.entities()).hasSize(2).allMatch(TextEntity.Link.class::isInstance);
	}

	@Test
	void findsNoHashtagInsideAWord() {
		assertThat(StatusText.parse("C#sharp a#b").hashtags()).isEmpty();
	}

	@Test
	void countsPlainTextByCharacter() {
		assertThat(StatusText.parse("a".repeat(500)).countedLength("")).isEqualTo(500);
	}

	@Test
	void countsEveryLinkAsTwentyThreeCharacters() {
		String url = "https://a.example/" + "x".repeat(200);
		assertThat(StatusText.parse(url).countedLength("")).isEqualTo(23);
		assertThat(StatusText.parse("go http://b.example").countedLength("")).isEqualTo(3 + 23);
	}

	@Test
	void countsMentionsWithoutTheirDomain() {
		assertThat(StatusText.parse("@alice@some.very.long.domain.example").countedLength("")).isEqualTo(6);
	}

	@Test
	void countsAnEmojiSequenceAsOneCharacter() {
		assertThat(StatusText.parse("👨‍👩‍👧‍👦é").countedLength("")).isEqualTo(2);
	}

	@Test
	void countsTheContentWarningToo() {
		assertThat(StatusText.parse("abc").countedLength("warning")).isEqualTo(10);
	}

	@Test
	void countsAWindowsLineBreakOnce() {
		assertThat(StatusText.parse("a\r\nb").countedLength("")).isEqualTo(3);
	}

	private static List<String> links(StatusText text) {
		return text.entities()
			.stream()
			.filter(TextEntity.Link.class::isInstance)
			.map((entity) -> ((TextEntity.Link) entity).url())
			.toList();
	}

}
