package social.murmur.auth.authorization.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import social.murmur.auth.authorization.AuthorizationRequest;
import social.murmur.auth.client.Client;
import social.murmur.auth.scope.ScopeSet;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizePageTest {

	@Test
	void escapesTheApplicationNameStateAndLogin() {
		Client client = new Client(1, "<b>Evil</b> & \"co\"", null, List.of("https://a.example/cb"),
				ScopeSet.parse("read"), "client-id", new byte[32], Instant.now());
		AuthorizationRequest request = new AuthorizationRequest(client, "https://a.example/cb", ScopeSet.parse("read"),
				"'><script>x()</script>", null, null);

		String html = AuthorizePage.form(request, "\"><svg onload=x()>", "Wrong <password>");

		assertThat(html).doesNotContain("<b>Evil", "<script>x()", "<svg", "<password>")
			.contains("&lt;b&gt;Evil&lt;/b&gt; &amp; &quot;co&quot;", "&#39;&gt;&lt;script&gt;",
					"&quot;&gt;&lt;svg onload=x()&gt;", "Wrong &lt;password&gt;",
					"You will be sent back to a.example.");
	}

	@Test
	void showsTheCodeForOutOfBandApplications() {
		assertThat(AuthorizePage.code("<App>", "abc_DEF-123")).contains("&lt;App&gt;",
				"<code class=\"code\" id=\"code\">abc_DEF-123</code>");
	}

	@Test
	void describesScopesInWords() {
		assertThat(AuthorizePage.describe("read")).isEqualTo("Read all your account's data");
		assertThat(AuthorizePage.describe("write:statuses")).isEqualTo("Modify your statuses");
		assertThat(AuthorizePage.describe("read:favourites")).isEqualTo("Read your favourites");
		assertThat(AuthorizePage.describe("admin:read:ip_blocks")).isEqualTo("Read ip blocks on the server");
	}

	@Test
	void addsParametersToRedirectUrisWithOrWithoutAQuery() {
		assertThat(AuthorizeController.withQuery("https://a.example/cb", Map.of("code", "x y")))
			.isEqualTo("https://a.example/cb?code=x%20y");
		assertThat(AuthorizeController.withQuery("https://a.example/cb?app=1", Map.of("code", "c")))
			.isEqualTo("https://a.example/cb?app=1&code=c");
		assertThat(AuthorizeController.withQuery("myapp://cb?", Map.of("code", "&=")))
			.isEqualTo("myapp://cb?code=%26%3D");
	}

}
