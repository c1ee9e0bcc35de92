package social.murmur.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import social.murmur.launcher.ExternalPostgres;
import social.murmur.launcher.MurmurCluster;
import social.murmur.launcher.Ports;
import social.murmur.launcher.RedisAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The same services run against servers that already run, by configuration alone: here
 * the PostgreSQL and Redis of the machine on their standard ports, when there are such
 * servers (the test is skipped otherwise). It uses databases and a Redis database index
 * of its own and removes its databases afterwards, so it leaves the machine's data alone.
 */
class ExternalInfrastructureIT {

	private static final int REDIS_DATABASE = 11;

	@Test
	void servicesRunAgainstTheMachinesPostgresAndRedis() throws Exception {
		assumeThat(postgresRuns()).as("a PostgreSQL server with trust auth on 127.0.0.1:5432").isTrue();
		assumeThat(redisRuns()).as("a Redis server on 127.0.0.1:6379").isTrue();

		ExternalPostgres postgres = new ExternalPostgres("127.0.0.1", 5432, "postgres", "");
		String prefix = "murmur_ext_" + UUID.randomUUID().toString().substring(0, 8) + "_";
		List<String> databases = List.of(prefix + "auth", prefix + "users", prefix + "posts", prefix + "notifications",
				prefix + "interactions", prefix + "media");
		Path root = Path.of(System.getProperty("murmur.repository-root", "..")).toAbsolutePath().normalize();
		MurmurCluster.Options options = MurmurCluster.Options
			.of(root, Files.createTempDirectory("murmur-external"), freePort())
			.withExternal(postgres, new RedisAddress("127.0.0.1", 6379, REDIS_DATABASE), null, prefix);
		List<String> accountIds = new ArrayList<>();
		try (MurmurCluster cluster = MurmurCluster.start(options, (line) -> System.out.println("[external] " + line))) {
			MastodonClient anonymous = new MastodonClient(cluster.gatewayUrl(), null);
			var app = anonymous
				.postForm("/api/v1/apps", Map.of("client_name", "external", "redirect_uris",
						"urn:ietf:wg:oauth:2.0:oob", "scopes", "read write follow"))
				.json();
			String appToken = anonymous
				.postForm("/oauth/token",
						Map.of("grant_type", "client_credentials", "client_id", app.get("client_id").asString(),
								"client_secret", app.get("client_secret").asString(), "scope", "read write follow"))
				.json()
				.get("access_token")
				.asString();
			MastodonClient olga = signUp(anonymous.withToken(appToken), "olga");
			MastodonClient petr = signUp(anonymous.withToken(appToken), "petr");
			String olgaId = olga.get("/api/v1/accounts/verify_credentials").json().get("id").asString();
			accountIds.add(olgaId);
			accountIds.add(petr.get("/api/v1/accounts/verify_credentials").json().get("id").asString());
			assertThat(petr.postForm("/api/v1/accounts/" + olgaId + "/follow", Map.of()).status()).isEqualTo(200);
			String status = olga.postForm("/api/v1/statuses", Map.of("status", "Hello from the machine's servers"))
				.json()
				.get("id")
				.asString();
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(petr.get("/api/v1/timelines/home").ids()).contains(status));
		}
		finally {
			postgres.drop(databases);
			forgetTimelines(accountIds);
		}
	}

	/**
	 * Removes the timelines this test made; its cache and rate-limit entries expire by
	 * themselves.
	 */
	private static void forgetTimelines(List<String> accountIds) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", 6379)) {
			OutputStream out = socket.getOutputStream();
			StringBuilder commands = new StringBuilder(resp("SELECT", Integer.toString(REDIS_DATABASE)));
			for (String id : accountIds) {
				commands.append(resp("DEL", "timeline:home:{" + id + "}", "timeline:home:{" + id + "}:built"));
			}
			commands.append(resp("QUIT"));
			out.write(commands.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			socket.getInputStream().readAllBytes();
		}
	}

	private static String resp(String... words) {
		StringBuilder command = new StringBuilder("*" + words.length + "\r\n");
		for (String word : words) {
			command.append('$')
				.append(word.getBytes(StandardCharsets.UTF_8).length)
				.append("\r\n")
				.append(word)
				.append("\r\n");
		}
		return command.toString();
	}

	private static MastodonClient signUp(MastodonClient app, String name) {
		String username = name + "_" + UUID.randomUUID().toString().substring(0, 6);
		ApiResponse response = app.postForm("/api/v1/accounts", Map.of("username", username, "email",
				username + "@example.com", "password", "a long enough password", "agreement", "true"));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return app.withToken(response.json().get("access_token").asString());
	}

	private static boolean postgresRuns() {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
				"postgres", ""); ResultSet result = connection.createStatement().executeQuery("select 1")) {
			return result.next();
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static boolean redisRuns() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 6379), 500);
			socket.setSoTimeout(500);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] reply = new byte[7];
			int read = in.read(reply);
			return read > 0 && new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() {
		return Ports.free();
	}

}
