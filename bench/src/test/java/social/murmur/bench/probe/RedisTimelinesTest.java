package social.murmur.bench.probe;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedisTimelinesTest {

	@Test
	void escapesGlobCharactersOfAKeyButNotItsHashTag() {
		assertThat(RedisTimelines.escapeGlob("timeline:home:{42}")).isEqualTo("timeline:home:{42}");
		assertThat(RedisTimelines.escapeGlob("a*b?[c]\\")).isEqualTo("a\\*b\\?\\[c\\]\\\\");
	}

}
