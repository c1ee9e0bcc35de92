package social.murmur.systemtests;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object mother for people who use Murmur: registers an app once, then signs people up
 * through the public API, exactly as a Mastodon app would.
 */
final class People {

	private static final AtomicInteger sequence = new AtomicInteger();

	private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000, 36);

	private People() {
	}

	/** A person with a fresh, unique username starting with the given name. */
	static Person signUp(String name) {
		String username = name + "_" + RUN + "_" + sequence.incrementAndGet();
		String email = username + "@example.com";
		String password = "correct horse battery " + username;
		ApiResponse response = App.INSTANCE.client()
			.postForm("/api/v1/accounts", Map.of("username", username, "email", email, "password", password,
					"agreement", "true", "locale", "en"));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		String token = response.json().get("access_token").asString();
		MastodonClient client = MastodonClient.anonymous().withToken(token);
		ApiResponse me = client.get("/api/v1/accounts/verify_credentials");
		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		return new Person(me.json().get("id").asString(), username, email, password, token, client);
	}

	static App app() {
		return App.INSTANCE;
	}

	/** Someone signed up, with a client that carries their token. */
	record Person(String id, String username, String email, String password, String token, MastodonClient client) {
	}

	/** The OAuth application the tests act through, with an app token for sign-ups. */
	record App(String clientId, String clientSecret, String appToken) {

		static final App INSTANCE = register();

		MastodonClient client() {
			return MastodonClient.anonymous().withToken(this.appToken);
		}

		private static App register() {
			MastodonClient anonymous = MastodonClient.anonymous();
			ApiResponse app = anonymous.postForm("/api/v1/apps",
					Map.of("client_name", "Murmur system tests", "redirect_uris", "urn:ietf:wg:oauth:2.0:oob", "scopes",
							"read write follow push", "website", "https://example.com"));
			assertThat(app.status()).as(app.toString()).isEqualTo(200);
			String clientId = app.json().get("client_id").asString();
			String clientSecret = app.json().get("client_secret").asString();
			ApiResponse token = anonymous.postForm("/oauth/token", Map.of("grant_type", "client_credentials",
					"client_id", clientId, "client_secret", clientSecret, "scope", "read write follow push"));
			assertThat(token.status()).as(token.toString()).isEqualTo(200);
			return new App(clientId, clientSecret, token.json().get("access_token").asString());
		}

	}

}
