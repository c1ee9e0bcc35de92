package social.murmur.posts.status.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

	@Test
	void acceptsIso6391CodesInAnyCase() {
		assertThat(Languages.iso6391("EN")).contains("en");
		assertThat(Languages.iso6391("de")).contains("de");
	}

	@Test
	void refusesAnythingElse() {
		assertThat(Languages.iso6391("english")).isEmpty();
		assertThat(Languages.iso6391("xx")).isEmpty();
		assertThat(Languages.iso6391("en-US")).isEmpty();
	}

}
