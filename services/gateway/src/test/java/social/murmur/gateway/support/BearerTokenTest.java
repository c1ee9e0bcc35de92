package social.murmur.gateway.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BearerTokenTest {

	@Test
	void readsTheTokenOfABearerHeader() {
		assertThat(BearerToken.parse("Bearer abc.DEF-123")).hasValue(new BearerToken("abc.DEF-123"));
		assertThat(BearerToken.parse("bearer   abc ")).hasValue(new BearerToken("abc"));
	}

	@Test
	void leavesOtherSchemesAlone() {
		assertThat(BearerToken.parse("Basic Y2xpZW50OnNlY3JldA==")).isEmpty();
		assertThat(BearerToken.parse("BearerX abc")).isEmpty();
		assertThat(BearerToken.parse(null)).isEmpty();
	}

	@Test
	void readsABearerHeaderWithoutATokenAsAnEmptyToken() {
		assertThat(BearerToken.parse("Bearer")).hasValue(new BearerToken(""));
		assertThat(BearerToken.parse("Bearer  ")).hasValue(new BearerToken(""));
	}

	@Test
	void digestsTokensWithSha256Hex() {
		assertThat(new BearerToken("abc").digest())
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void neverPrintsTheToken() {
		assertThat(new BearerToken("secret")).hasToString("BearerToken[redacted]");
	}

}
