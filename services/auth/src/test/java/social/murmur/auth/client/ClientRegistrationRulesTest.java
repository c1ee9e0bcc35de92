package social.murmur.auth.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ClientRegistrationRulesTest {

	@Test
	void readsOneRedirectUri() {
		assertThat(redirectUris("https://app.example/cb")).containsExactly("https://app.example/cb");
	}

	@Test
	void readsNewlineSeparatedRedirectUris() {
		assertThat(redirectUris("https://a.example/cb\r\nmyapp://cb\n\n")).containsExactly("https://a.example/cb",
				"myapp://cb");
	}

	@Test
	void readsAnArrayOfRedirectUris() {
		assertThat(redirectUris(List.of("https://a.example/cb", "urn:ietf:wg:oauth:2.0:oob")))
			.containsExactly("https://a.example/cb", "urn:ietf:wg:oauth:2.0:oob");
	}

	@Test
	void dropsRepeatedRedirectUris() {
		assertThat(redirectUris(List.of("myapp://cb", "myapp://cb"))).containsExactly("myapp://cb");
	}

	@Test
	void explainsWhatIsWrongWithARedirectUri() {
		assertThat(problems(null)).containsExactly("Redirect URI can't be blank");
		assertThat(problems(List.of())).containsExactly("Redirect URI can't be blank");
		assertThat(problems("cb")).containsExactly("Redirect URI must be an absolute URI.");
		assertThat(problems("https://a.example/cb#top")).containsExactly("Redirect URI cannot contain a fragment.");
		assertThat(problems("https://a.example/c b")).containsExactly("Redirect URI must be a valid URI.");
		assertThat(problems("data:text/html,hi")).containsExactly("Redirect URI is forbidden by the server.");
		assertThat(problems(Map.of("a", "b"))).containsExactly("Redirect URI must be a valid URI.");
		assertThat(problems("https://a.example/" + "x".repeat(2000)))
			.containsExactly("Redirect URI is too long (maximum is 2000 characters)");
	}

	@Test
	void defaultsScopesToReadAndAcceptsThemAsAnArray() {
		assertThat(validate(Map.of()).scopes().values()).containsExactly("read");
		assertThat(validate(Map.of("scopes", List.of("read", "push"))).scopes().values()).containsExactly("read",
				"push");
	}

	@Test
	void keepsAnHttpWebsiteAndIgnoresABlankOne() {
		assertThat(validate(Map.of("website", " https://app.example ")).website()).isEqualTo("https://app.example");
		assertThat(validate(Map.of("website", "")).website()).isNull();
	}

	@Test
	void refusesControlCharactersInTheName() {
		assertThatExceptionOfType(ClientRegistrationRejected.class)
			.isThrownBy(() -> ClientRegistrationRules
				.validate(new ClientRegistration("bad\u0000name", "myapp://cb", null, null)))
			.satisfies((ex) -> assertThat(ex.getMessage()).isEqualTo("Validation failed: Application name is invalid"));
	}

	private static ClientDetails validate(Map<String, Object> extra) {
		return ClientRegistrationRules
			.validate(new ClientRegistration("App", "myapp://cb", extra.get("scopes"), extra.get("website")));
	}

	private static List<String> redirectUris(Object value) {
		List<String> problems = new ArrayList<>();
		List<String> uris = ClientRegistrationRules.redirectUris(value, problems);
		assertThat(problems).isEmpty();
		return uris;
	}

	private static List<String> problems(Object value) {
		List<String> problems = new ArrayList<>();
		ClientRegistrationRules.redirectUris(value, problems);
		return problems;
	}

}
