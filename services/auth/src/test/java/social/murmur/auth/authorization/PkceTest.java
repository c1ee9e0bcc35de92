package social.murmur.auth.authorization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PkceTest {

	/** RFC 7636, appendix B. */
	private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

	@Test
	void s256AcceptsTheVerifierOfRfc7636() {
		assertThat(Pkce.verify(VERIFIER, CHALLENGE, Pkce.S256)).isTrue();
	}

	@Test
	void s256RefusesAnyOtherVerifier() {
		assertThat(Pkce.verify(VERIFIER.substring(1) + "A", CHALLENGE, Pkce.S256)).isFalse();
		assertThat(Pkce.verify(CHALLENGE, CHALLENGE, Pkce.S256)).isFalse();
	}

	@Test
	void plainComparesTheVerifierItself() {
		assertThat(Pkce.verify(VERIFIER, VERIFIER, Pkce.PLAIN)).isTrue();
		assertThat(Pkce.verify(VERIFIER, CHALLENGE, Pkce.PLAIN)).isFalse();
	}

	@Test
	void refusesMissingOrMalformedVerifiers() {
		assertThat(Pkce.verify(null, CHALLENGE, Pkce.S256)).isFalse();
		assertThat(Pkce.verify("too-short", "too-short", Pkce.PLAIN)).isFalse();
		assertThat(Pkce.verify("x".repeat(129), "x".repeat(129), Pkce.PLAIN)).isFalse();
		assertThat(Pkce.verify(VERIFIER.replace('d', '+'), VERIFIER.replace('d', '+'), Pkce.PLAIN)).isFalse();
	}

	@Test
	void methodDefaultsToPlainAndKnowsOnlyTwo() {
		assertThat(Pkce.method(null)).isEqualTo(Pkce.PLAIN);
		assertThat(Pkce.method("")).isEqualTo(Pkce.PLAIN);
		assertThat(Pkce.method("S256")).isEqualTo(Pkce.S256);
		assertThat(Pkce.method("s256")).isNull();
		assertThat(Pkce.method("S512")).isNull();
	}

	@Test
	void challengesMustBeWellFormed() {
		assertThat(Pkce.isWellFormed(CHALLENGE)).isTrue();
		assertThat(Pkce.isWellFormed("abc")).isFalse();
		assertThat(Pkce.isWellFormed(null)).isFalse();
	}

}
