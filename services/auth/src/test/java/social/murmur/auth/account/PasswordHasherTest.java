package social.murmur.auth.account;

import org.junit.jupiter.api.Test;
import social.murmur.auth.AuthProperties;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

	private static final AuthProperties CHEAP = new AuthProperties(null, java.time.Duration.ofMinutes(10),
			new AuthProperties.PasswordHashing(1024, 1, 1));

	@Test
	void hashesWithArgon2idAndASaltOfItsOwn() {
		PasswordHasher hasher = new PasswordHasher(CHEAP);

		String first = hasher.hash("correct horse battery");
		String second = hasher.hash("correct horse battery");

		assertThat(first).startsWith("$argon2id$").isNotEqualTo(second);
		assertThat(hasher.matches("correct horse battery", first)).isTrue();
		assertThat(hasher.matches("correct horse battery!", first)).isFalse();
	}

	@Test
	void wantsToRehashWhenTheCostWentUp() {
		String cheap = new PasswordHasher(CHEAP).hash("correct horse battery");
		PasswordHasher dearer = new PasswordHasher(new AuthProperties(null, java.time.Duration.ofMinutes(10),
				new AuthProperties.PasswordHashing(2048, 2, 1)));

		assertThat(dearer.needsRehash(cheap)).isTrue();
		assertThat(dearer.needsRehash(dearer.hash("correct horse battery"))).isFalse();
	}

}
