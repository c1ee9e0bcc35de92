package social.murmur.gateway.streaming;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.TokenRevoked;
import social.murmur.gateway.AbstractGatewayIT;
import social.murmur.gateway.FakeStreaming.Connection;
import social.murmur.gateway.GatewayClient.Reply;
import social.murmur.gateway.support.BearerToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StreamingIT extends AbstractGatewayIT {

	private static final String UPDATE = "{\"stream\":[\"user\"],\"event\":\"update\",\"payload\":\"{\\\"id\\\":\\\"42\\\"}\"}";

	@LocalServerPort
	private int port;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private StringRedisTemplate redis;

	@Autowired
	private OpenStreams openStreams;

	@Test
	void relaysMessagesBothWaysWithTheTokenInTheQuery() throws Exception {
		String token = newToken(501, "read");

		StreamingClient client = StreamingClient.open(this.port, "/api/v1/streaming?stream=user&access_token=" + token,
				(options) -> options.header("X-Forwarded-For", newClientAddress()));
		Connection upstream = STREAMING.nextConnection();

		assertThat(upstream.identity().accountId()).isEqualTo(501L);
		assertThat(upstream.identity().scopes()).containsExactly("read");
		assertThat(upstream.query()).isEqualTo("stream=user");
		client.send("{\"type\":\"subscribe\",\"stream\":\"user:notification\"}");
		assertThat(upstream.nextMessage()).isEqualTo("{\"type\":\"subscribe\",\"stream\":\"user:notification\"}");
		upstream.send(UPDATE);
		assertThat(client.nextMessage()).isEqualTo(UPDATE);
		client.close(1000);
	}

	@Test
	void acceptsTheTokenAsABearerHeader() throws Exception {
		String token = newToken(502, "read:notifications");

		StreamingClient client = StreamingClient.open(this.port, "/api/v1/streaming?stream=user:notification",
				(options) -> options.header("Authorization", "Bearer " + token));
		Connection upstream = STREAMING.nextConnection();

		assertThat(upstream.identity().accountId()).isEqualTo(502L);
		assertThat(upstream.query()).isEqualTo("stream=user%3Anotification");
		assertThat(upstream.headers()).doesNotContainKey("authorization");
		upstream.send(UPDATE);
		assertThat(client.nextMessage()).isEqualTo(UPDATE);
		client.close(1000);
	}

	@Test
	void acceptsTheTokenAsTheSubprotocolAndEchoesIt() throws Exception {
		String token = newToken(503, "read");

		StreamingClient client = StreamingClient.open(this.port, "/api/v1/streaming",
				(options) -> options.subprotocols(token));
		Connection upstream = STREAMING.nextConnection();

		assertThat(client.subprotocol()).isEqualTo(token);
		assertThat(upstream.identity().accountId()).isEqualTo(503L);
		assertThat(upstream.query()).isNull();
		assertThat(upstream.headers()).doesNotContainKey("sec-websocket-protocol");
		client.send("{\"type\":\"subscribe\",\"stream\":\"user\"}");
		assertThat(upstream.nextMessage()).isEqualTo("{\"type\":\"subscribe\",\"stream\":\"user\"}");
		client.close(1000);
	}

	@Test
	void acceptsHandshakesFromAnyOrigin() throws Exception {
		String token = newToken(504, "read");

		StreamingClient client = StreamingClient.open(this.port, "/api/v1/streaming?access_token=" + token,
				(options) -> options.header("Origin", "https://app.elsewhere.example"));
		STREAMING.nextConnection();

		client.close(1000);
	}

	@Test
	void closesTheClientWithNotificationsCloseCode() throws Exception {
		StreamingClient client = StreamingClient.open(this.port,
				"/api/v1/streaming?access_token=" + newToken(505, "read"), (options) -> {
				});
		Connection upstream = STREAMING.nextConnection();

		upstream.close(1012, "restarting");

		assertThat(client.closeCode()).isEqualTo(1012);
	}

	@Test
	void closesNotificationsWithTheClientsCloseCode() throws Exception {
		StreamingClient client = StreamingClient.open(this.port,
				"/api/v1/streaming?access_token=" + newToken(506, "read"), (options) -> {
				});
		Connection upstream = STREAMING.nextConnection();

		client.close(4321);

		assertThat(upstream.closeCode()).isEqualTo(4321);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.openStreams.count() == 0);
	}

	@Test
	void refusesABadTokenBeforeTheUpgradeWithoutCallingNotifications() {
		int handshakes = STREAMING.handshakes();

		HttpResponse<?> refusal = StreamingClient.refusal(this.port,
				"/api/v1/streaming?stream=user&access_token=not-a-token", (options) -> {
				});

		assertThat(refusal.statusCode()).isEqualTo(401);
		assertThat(refusal.body()).isEqualTo("{\"error\":\"The access token is invalid\"}");
		assertThat(refusal.headers().firstValue("X-RateLimit-Limit")).isPresent();
		assertThat(STREAMING.handshakes()).isEqualTo(handshakes);
	}

	@Test
	void refusesAHandshakeWithoutATokenBeforeTheUpgrade() {
		int handshakes = STREAMING.handshakes();

		HttpResponse<?> refusal = StreamingClient.refusal(this.port, "/api/v1/streaming?stream=user",
				(options) -> options.header("X-Forwarded-For", newClientAddress()));

		assertThat(refusal.statusCode()).isEqualTo(401);
		assertThat(refusal.body()).isEqualTo("{\"error\":\"The access token is invalid\"}");
		assertThat(STREAMING.handshakes()).isEqualTo(handshakes);
	}

	@Test
	void answersServiceUnavailableWhenNotificationsIsDown() throws Exception {
		STREAMING.stop();
		try {
			HttpResponse<?> refusal = StreamingClient.refusal(this.port,
					"/api/v1/streaming?access_token=" + newToken(507, "read"), (options) -> {
					});

			assertThat(refusal.statusCode()).isEqualTo(503);
			assertThat(refusal.body()).isEqualTo("{\"error\":\"Service temporarily unavailable, please try again\"}");
		}
		finally {
			STREAMING.restart();
		}
	}

	@Test
	void passesOnNotificationsRefusal() {
		STREAMING.refuseWith(403);
		try {
			HttpResponse<?> refusal = StreamingClient.refusal(this.port,
					"/api/v1/streaming?access_token=" + newToken(508, "write"), (options) -> {
					});

			assertThat(refusal.statusCode()).isEqualTo(403);
			assertThat(refusal.body()).isEqualTo("{\"error\":\"Refused by notifications\"}");
		}
		finally {
			STREAMING.refuseWith(0);
		}
	}

	@Test
	void closesTheStreamsOfATokenOnceTokenRevokedArrives() throws Exception {
		String token = newToken(509, "read");
		StreamingClient client = StreamingClient.open(this.port, "/api/v1/streaming?access_token=" + token,
				(options) -> {
				});
		Connection upstream = STREAMING.nextConnection();

		AUTH.revoke(token);
		TokenRevoked event = TokenRevoked.newBuilder()
			.setEventId(System.nanoTime())
			.setAccountId(509)
			.setTokenId(1)
			.setTokenDigest(new BearerToken(token).digest())
			.build();
		this.kafka.send(Topics.TOKEN_REVOKED, "509", event.toByteArray());

		assertThat(client.closeCode()).isEqualTo(1008);
		assertThat(upstream.closeCode()).isEqualTo(1000);
	}

	@Test
	void closesTheStreamsOfATokenAnotherInstanceSawRevoked() throws Exception {
		String token = newToken(510, "read");
		StreamingClient client = StreamingClient.open(this.port, "/api/v1/streaming?access_token=" + token,
				(options) -> {
				});
		STREAMING.nextConnection();

		// What the instance that consumed TokenRevoked leaves in the shared cache.
		this.redis.opsForValue().set("gateway:token:" + new BearerToken(token).digest(), "revoked");

		assertThat(client.closeCode()).isEqualTo(1008);
	}

	@Test
	void answersThePlainHandshakePathWithJsonErrorsNotTheWebClient() {
		String token = newToken(511, "read");

		Reply withoutToken = this.gateway.get("/api/v1/streaming").from(newClientAddress()).send();
		Reply withoutUpgrade = this.gateway.get("/api/v1/streaming").bearer(token).send();
		Reply post = this.gateway.post("/api/v1/streaming").bearer(token).send();

		assertThat(withoutToken.status()).isEqualTo(401);
		assertThat(withoutToken.error()).isEqualTo("The access token is invalid");
		assertThat(withoutUpgrade.status()).isEqualTo(400);
		assertThat(withoutUpgrade.header("Content-Type")).startsWith("application/json");
		assertThat(post.status()).isEqualTo(405);
		assertThat(post.error()).isEqualTo("Streams are opened with GET");
	}

	@Test
	void answersTheHealthCheckWithoutAToken() {
		Reply reply = this.gateway.get("/api/v1/streaming/health").from(newClientAddress()).send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).startsWith("text/plain");
		assertThat(reply.text()).isEqualTo("OK");
	}

}
