package social.murmur.auth.account;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignUpRulesTest {

	@Test
	void acceptsAValidRequest() {
		assertThat(SignUpRules.validate(request("alice_01", "alice@example.com", "correct horse", true, "en", null))
			.isEmpty()).isTrue();
	}

	@Test
	void usernameRules() {
		assertThat(codes("", "a@example.com", "password1", true)).containsExactly("username:ERR_BLANK");
		assertThat(codes("al ice", "a@example.com", "password1", true)).containsExactly("username:ERR_INVALID");
		assertThat(codes("élodie", "a@example.com", "password1", true)).containsExactly("username:ERR_INVALID");
		assertThat(codes("a".repeat(31), "a@example.com", "password1", true)).containsExactly("username:ERR_TOO_LONG");
		assertThat(codes("a".repeat(30), "a@example.com", "password1", true)).isEmpty();
		assertThat(codes("ROOT", "a@example.com", "password1", true)).containsExactly("username:ERR_RESERVED");
	}

	@Test
	void emailRules() {
		assertThat(codes("bob", null, "password1", true)).containsExactly("email:ERR_BLANK");
		assertThat(codes("bob", "bob", "password1", true)).containsExactly("email:ERR_INVALID");
		assertThat(codes("bob", "bob@localhost", "password1", true)).containsExactly("email:ERR_INVALID");
		assertThat(codes("bob", "bob@exa mple.com", "password1", true)).containsExactly("email:ERR_INVALID");
		assertThat(codes("bob", "bob\u0000@example.com", "password1", true)).containsExactly("email:ERR_INVALID");
		assertThat(codes("bob", "b".repeat(250) + "@example.com", "password1", true))
			.containsExactly("email:ERR_TOO_LONG");
		assertThat(codes("bob", " Bob.Smith+tag@mail.example.co.uk ", "password1", true)).isEmpty();
	}

	@Test
	void passwordRules() {
		assertThat(codes("bob", "b@example.com", "", true)).containsExactly("password:ERR_BLANK");
		assertThat(codes("bob", "b@example.com", "1234567", true)).containsExactly("password:ERR_TOO_SHORT");
		assertThat(codes("bob", "b@example.com", "12345678", true)).isEmpty();
		assertThat(codes("bob", "b@example.com", "x".repeat(72), true)).isEmpty();
		assertThat(codes("bob", "b@example.com", "x".repeat(73), true)).containsExactly("password:ERR_TOO_LONG");
	}

	@Test
	void agreementMustBeAccepted() {
		assertThat(codes("bob", "b@example.com", "password1", false)).containsExactly("agreement:ERR_ACCEPTED");
	}

	@Test
	void localeIsALanguageTagOrTheDefault() {
		assertThat(SignUpRules.locale(null)).isEqualTo("en");
		assertThat(SignUpRules.locale("pt_BR")).isEqualTo("pt-BR");
		assertThat(SignUpRules.locale("de")).isEqualTo("de");
		assertThat(SignUpRules.locale("zgh")).isEqualTo("zgh");
		assertThat(SignUpRules.locale("qq")).isNull();
		assertThat(SignUpRules.locale("english please")).isNull();
		assertThat(SignUpRules.validate(request("bob", "b@example.com", "password1", true, "klingon", null)).details())
			.containsOnlyKeys("locale");
	}

	@Test
	void reasonHasALimit() {
		assertThat(SignUpRules.validate(request("bob", "b@example.com", "password1", true, "en", "r".repeat(501)))
			.details()).containsOnlyKeys("reason");
		assertThat(
				SignUpRules.validate(request("bob", "b@example.com", "password1", true, "en", "line\nline")).isEmpty())
			.isTrue();
	}

	@Test
	void describesEveryProblemInOneSentence() {
		ValidationErrors errors = SignUpRules.validate(request(null, null, null, false, null, null));
		assertThat(errors.message()).isEqualTo("Validation failed: Username can't be blank, Email can't be blank, "
				+ "Password can't be blank, Agreement must be accepted");
		assertThat(errors.details().get("username"))
			.containsExactly(new ValidationErrors.Detail("ERR_BLANK", "can't be blank"));
	}

	private static List<String> codes(String username, String email, String password, boolean agreement) {
		return SignUpRules.validate(request(username, email, password, agreement, "en", null))
			.details()
			.entrySet()
			.stream()
			.flatMap((entry) -> entry.getValue().stream().map((detail) -> entry.getKey() + ":" + detail.error()))
			.toList();
	}

	private static SignUpRequest request(String username, String email, String password, boolean agreement,
			String locale, String reason) {
		return new SignUpRequest(username, email, password, agreement, locale, reason);
	}

}
