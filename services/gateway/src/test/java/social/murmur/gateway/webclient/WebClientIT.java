package social.murmur.gateway.webclient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import social.murmur.gateway.AbstractGatewayIT;
import social.murmur.gateway.GatewayClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/** The built web client from the {@code web} module, served by the real gateway. */
class WebClientIT extends AbstractGatewayIT {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/index.html", "/public", "/notifications", "/@alice", "/@alice/1234567890",
			"/tags/tea", "/auth/callback?code=abc&state=xyz", "/settings/profile" })
	void answersTheAppForItsPages(String path) {
		Reply reply = this.gateway.get(path).from(newClientAddress()).send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(reply.header("Cache-Control")).isEqualTo("no-cache");
		assertThat(reply.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
		assertThat(reply.text()).contains("<div id=\"root\"></div>").contains("/assets/");
	}

	@Test
	void cachesHashedAssetsForAYear() {
		String script = "/assets/" + builtAsset(".js");

		Reply reply = this.gateway.get(script).from(newClientAddress()).send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualTo("text/javascript");
		assertThat(reply.header("Cache-Control")).contains("max-age=31536000", "public", "immutable");
		assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void compressesAssetsForBrowsersThatAsk() {
		Reply reply = this.gateway.get("/assets/" + builtAsset(".js"))
			.from(newClientAddress())
			.header("Accept-Encoding", "gzip")
			.send();

		assertThat(reply.header("Content-Encoding")).isEqualTo("gzip");
	}

	@Test
	void revalidatesFilesThatAreNotHashed() {
		Reply reply = this.gateway.get("/favicon.svg").from(newClientAddress()).send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualTo("image/svg+xml");
		assertThat(reply.header("Cache-Control")).isEqualTo("no-cache");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/assets/missing-0000.js", "/robots.txt", "/application.yml", "/assets/../application.yml",
			"/%2e%2e/application.yml", "/assets/%2e%2e/%2e%2e/application.yml" })
	void answersMissingFilesWithNotFoundNeverTheApp(String path) {
		Reply reply = this.gateway.get(path).from(newClientAddress()).send();

		assertThat(reply.status()).isIn(400, 404);
		assertThat(reply.text()).doesNotContain("<div id=\"root\">").doesNotContain("murmur:");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v9/unknown", "/oauth/nothing-here", "/nodeinfo/9.9", "/.well-known/unknown",
			"/actuator/unknown", "/api" })
	void leavesServerPathsToTheServer(String path) {
		Reply reply = this.gateway.get(path).from(newClientAddress()).send();

		assertThat(reply.header("Content-Type")).startsWith("application/json");
		assertThat(reply.text()).doesNotContain("<div id=\"root\">");
	}

	@Test
	void answersOnlyReadsWithTheApp() {
		Reply reply = this.gateway.post("/notifications").from(newClientAddress()).send();

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.error()).isEqualTo("Record not found");
	}

	private static String builtAsset(String extension) {
		try {
			Resource[] assets = new PathMatchingResourcePatternResolver()
				.getResources("classpath:" + WebClientFiles.LOCATION + "/assets/*" + extension);
			assertThat(assets).as("the web module's build output on the classpath").isNotEmpty();
			return Arrays.stream(assets).map(Resource::getFilename).findFirst().orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
