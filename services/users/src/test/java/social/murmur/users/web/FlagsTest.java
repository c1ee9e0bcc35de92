package social.murmur.users.web;

import org.junit.jupiter.api.Test;
import social.murmur.platform.web.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FlagsTest {

	@Test
	void readsJsonBooleansAndRailsStyleFormValues() {
		assertThat(Flags.parse("Locked", true)).isTrue();
		assertThat(Flags.parse("Locked", false)).isFalse();
		assertThat(Flags.parse("Locked", "true")).isTrue();
		assertThat(Flags.parse("Locked", "1")).isTrue();
		assertThat(Flags.parse("Locked", "on")).isTrue();
		assertThat(Flags.parse("Locked", "FALSE")).isFalse();
		assertThat(Flags.parse("Locked", "0")).isFalse();
		assertThat(Flags.parse("Locked", 1)).isTrue();
		assertThat(Flags.parse("Locked", 0)).isFalse();
	}

	@Test
	void absentOrEmptyMeansUnchanged() {
		assertThat(Flags.parse("Locked", null)).isNull();
		assertThat(Flags.parse("Locked", " ")).isNull();
	}

	@Test
	void refusesValuesThatAreNotBooleans() {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> Flags.parse("Locked", "maybe"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(422))
			.withMessage("Validation failed: Locked is not a boolean");
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> Flags.parse("Locked", 2));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> Flags.parse("Locked", java.util.List.of()));
	}

	@Test
	void publicAddressGivesDomainAndStreamingUrl() {
		assertThat(PublicAddress.domain("https://Murmur.Example")).isEqualTo("murmur.example");
		assertThat(PublicAddress.domain("http://localhost:8080/")).isEqualTo("localhost:8080");
		assertThat(PublicAddress.streaming("https://murmur.example/")).isEqualTo("wss://murmur.example");
		assertThat(PublicAddress.streaming("http://localhost:8080")).isEqualTo("ws://localhost:8080");
	}

}
