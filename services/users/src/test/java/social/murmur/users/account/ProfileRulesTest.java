package social.murmur.users.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProfileRulesTest {

	@Test
	void acceptsMastodonUsernames() {
		assertThat(ProfileRules.isValidUsername("alice")).isTrue();
		assertThat(ProfileRules.isValidUsername("Alice_99")).isTrue();
		assertThat(ProfileRules.isValidUsername("a.b-c")).isTrue();
		assertThat(ProfileRules.isValidUsername("a".repeat(30))).isTrue();
	}

	@Test
	void refusesUsernamesThatAreEmptyTooLongOrOddlyShaped() {
		assertThat(ProfileRules.isValidUsername(null)).isFalse();
		assertThat(ProfileRules.isValidUsername("")).isFalse();
		assertThat(ProfileRules.isValidUsername("a".repeat(31))).isFalse();
		assertThat(ProfileRules.isValidUsername(".alice")).isFalse();
		assertThat(ProfileRules.isValidUsername("alice-")).isFalse();
		assertThat(ProfileRules.isValidUsername("al ice")).isFalse();
		assertThat(ProfileRules.isValidUsername("alice@example.com")).isFalse();
		assertThat(ProfileRules.isValidUsername("ali\0ce")).isFalse();
	}

	@Test
	void countsDisplayNameLengthInCharactersNotUtf16Units() {
		String thirtyEmoji = "😀".repeat(30);
		assertThat(ProfileRules.checkDisplayName(thirtyEmoji)).isEqualTo(thirtyEmoji);
		assertThatExceptionOfType(InvalidProfile.class).isThrownBy(() -> ProfileRules.checkDisplayName("😀".repeat(31)))
			.withMessage("Display name is too long (maximum is 30 characters)");
	}

	@Test
	void refusesNotesOverFiveHundredCharacters() {
		assertThat(ProfileRules.checkNote("x".repeat(500))).hasSize(500);
		assertThatExceptionOfType(InvalidProfile.class).isThrownBy(() -> ProfileRules.checkNote("x".repeat(501)))
			.withMessage("Note is too long (maximum is 500 characters)");
	}

	@Test
	void knowsIsoLanguageCodes() {
		assertThat(ProfileRules.isLanguage("en")).isTrue();
		assertThat(ProfileRules.isLanguage("ru")).isTrue();
		assertThat(ProfileRules.isLanguage("EN")).isFalse();
		assertThat(ProfileRules.isLanguage("xx")).isFalse();
		assertThat(ProfileRules.isLanguage("eng")).isFalse();
	}

	@Test
	void dropsNulCharactersThatPostgresCannotStore() {
		assertThat(ProfileRules.clean("a\0b")).isEqualTo("ab");
	}

	@Test
	void profileChangesStripAndCheckEveryField() {
		ProfileChanges changes = new ProfileChanges("  Alice  ", " hi \n", true, null, null, " en ");
		assertThat(changes.displayName()).isEqualTo("Alice");
		assertThat(changes.note()).isEqualTo("hi");
		assertThat(changes.language()).isEqualTo("en");
		assertThatExceptionOfType(InvalidProfile.class)
			.isThrownBy(() -> new ProfileChanges("x".repeat(31), null, null, null, null, null));
		assertThatExceptionOfType(InvalidProfile.class)
			.isThrownBy(() -> new ProfileChanges(null, "x".repeat(501), null, null, null, null));
		assertThatExceptionOfType(InvalidProfile.class)
			.isThrownBy(() -> new ProfileChanges(null, null, null, null, null, "klingon"))
			.withMessage("Language is not a valid language code");
	}

	@Test
	void signUpLocaleGivesTheDefaultLanguage() {
		assertThat(CreateAccount.language("pt-BR")).isEqualTo("pt");
		assertThat(CreateAccount.language("ru_RU")).isEqualTo("ru");
		assertThat(CreateAccount.language("")).isNull();
		assertThat(CreateAccount.language("zz")).isNull();
	}

}
