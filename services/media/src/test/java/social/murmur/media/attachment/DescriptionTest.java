package social.murmur.media.attachment;

import org.junit.jupiter.api.Test;
import social.murmur.platform.web.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DescriptionTest {

	@Test
	void acceptsUpToFifteenHundredCharacters() {
		assertThat(Description.validate("a".repeat(1_500))).hasSize(1_500);
		assertThat(Description.validate("")).isEmpty();
	}

	@Test
	void countsCharactersNotUtf16Units() {
		String emoji = "\uD83D\uDCF7";
		assertThat(Description.validate(emoji.repeat(1_500))).hasSize(3_000);
	}

	@Test
	void refusesFifteenHundredAndOneCharactersWith422() {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> Description.validate("a".repeat(1_501)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(422))
			.withMessageContaining("maximum is 1500 characters");
	}

	@Test
	void removesNulCharacters() {
		assertThat(Description.validate("a\u0000b")).isEqualTo("ab");
	}

}
