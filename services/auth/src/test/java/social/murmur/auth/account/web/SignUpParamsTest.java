package social.murmur.auth.account.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import social.murmur.auth.account.SignUpRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SignUpParamsTest {

	@Test
	void agreementIsAcceptedAsRailsAcceptsIt() {
		assertThat(SignUpParams.accepted(true)).isTrue();
		assertThat(SignUpParams.accepted("true")).isTrue();
		assertThat(SignUpParams.accepted("1")).isTrue();
		assertThat(SignUpParams.accepted(1)).isTrue();
		assertThat(SignUpParams.accepted(false)).isFalse();
		assertThat(SignUpParams.accepted("false")).isFalse();
		assertThat(SignUpParams.accepted("yes")).isFalse();
		assertThat(SignUpParams.accepted(null)).isFalse();
	}

	@Test
	void scalarsBecomeText() {
		assertThat(new SignUpParams(12345, "a@example.com", 12345678, "true", null, null).toRequest().username())
			.isEqualTo("12345");
	}

	@Test
	void aListOrObjectIsAnInvalidField() {
		assertThatExceptionOfType(SignUpRejected.class)
			.isThrownBy(() -> new SignUpParams(List.of("a"), Map.of(), "password1", true, null, null).toRequest())
			.satisfies((ex) -> assertThat(ex.getMessage())
				.isEqualTo("Validation failed: Username is invalid, Email is invalid"));
	}

}
