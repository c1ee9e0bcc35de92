package social.murmur.gateway.webclient;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WebClientFilesTest {

	@ParameterizedTest
	@ValueSource(strings = { "/api", "/api/v1/statuses", "/oauth/authorize", "/nodeinfo/2.0", "/.well-known/nodeinfo",
			"/actuator/health", "/avatars/original/missing.png", "/headers/original/missing.png" })
	void recognisesServerPaths(String path) {
		assertThat(WebClientFiles.isServerPath(path)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/apis", "/@api", "/oauthx", "/notifications", "/auth/callback", "/tags/api" })
	void leavesAppPathsToTheApp(String path) {
		assertThat(WebClientFiles.isServerPath(path)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/../application.yml", "/assets/../../x.js", "/assets/%2e%2e/x.js", "/.hidden.js",
			"/assets\\x.js", "//etc/passwd.txt" })
	void neverResolvesAFileOutsideTheApp(String path) {
		assertThat(WebClientFiles.file(path)).isEmpty();
	}

	@Test
	void findsTheBuiltIndex() {
		assertThat(WebClientFiles.index()).isPresent();
	}

}
