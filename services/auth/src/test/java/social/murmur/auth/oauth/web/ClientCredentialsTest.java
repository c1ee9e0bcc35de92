package social.murmur.auth.oauth.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientCredentialsTest {

	private static final OAuthParams BODY = new OAuthParams(null, "body-id", "body-secret", null, null, null, null,
			null, null, null);

	@Test
	void takesCredentialsFromTheBodyWithoutBasicAuthentication() {
		assertThat(ClientCredentials.of(null, BODY)).isEqualTo(new ClientCredentials("body-id", "body-secret"));
		assertThat(ClientCredentials.of("Bearer abc", BODY)).isEqualTo(new ClientCredentials("body-id", "body-secret"));
	}

	@Test
	void prefersHttpBasicAndDecodesItsParts() {
		String header = "basic "
				+ Base64.getEncoder().encodeToString("my%20id:s%3Acret".getBytes(StandardCharsets.UTF_8));

		assertThat(ClientCredentials.of(header, BODY)).isEqualTo(new ClientCredentials("my id", "s:cret"));
	}

	@Test
	void malformedBasicGivesNoCredentials() {
		assertThat(ClientCredentials.of("Basic %%%", BODY)).isEqualTo(new ClientCredentials(null, null));
		String noColon = Base64.getEncoder().encodeToString("justanid".getBytes(StandardCharsets.UTF_8));
		assertThat(ClientCredentials.of("Basic " + noColon, BODY)).isEqualTo(new ClientCredentials(null, null));
	}

}
