package social.murmur.notifications.streaming;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountFollowed;
import social.murmur.contracts.streaming.UserStreams;
import social.murmur.contracts.users.v1.Account;
import social.murmur.notifications.support.IntegrationTestSupport;
import social.murmur.testsupport.ServiceResponse;
import social.murmur.testsupport.TestIdentities;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/streaming} as the gateway relays it to clients: Mastodon's wire format,
 * events from this instance and from any other publisher on the account's Redis channel,
 * presence, and the handshake's refusals.
 */
class StreamingIT extends IntegrationTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private LettuceConnectionFactory redisConnections;

	private static ConditionFactory eventually() {
		return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50));
	}

	@Test
	void notificationStreamReceivesAFollowAsTheNotificationTheApiServes() {
		Account me = newAccount();
		Account follower = newAccount();
		try (StreamClient client = open(me.getId(), "?stream=user:notification")) {
			awaitListening(me.getId());

			publish(Topics.ACCOUNT_FOLLOWED, follower.getId(), followed(follower.getId(), me.getId()));

			JsonNode message = client.next();
			assertThat(JSON.writeValueAsString(message.get("stream"))).isEqualTo("[\"user:notification\"]");
			assertThat(message.get("event").asString()).isEqualTo("notification");
			assertThat(message.get("payload").isString()).isTrue();
			JsonNode notification = JSON.readTree(message.get("payload").asString());
			assertThat(notification.get("type").asString()).isEqualTo("follow");
			assertThat(notification.get("account").get("id").asString()).isEqualTo(Long.toString(follower.getId()));
			ServiceResponse served = get("/api/v1/notifications/" + notification.get("id").asString(),
					TestIdentities.forAccount(me.getId()));
			assertThat(notification).isEqualTo(served.body());
		}
	}

	@Test
	void notificationsAreDeliveredOnTheUserStreamToo() {
		Account me = newAccount();
		Account follower = newAccount();
		try (StreamClient client = open(me.getId(), "?stream=user")) {
			awaitListening(me.getId());

			publish(Topics.ACCOUNT_FOLLOWED, follower.getId(), followed(follower.getId(), me.getId()));

			JsonNode message = client.next();
			assertThat(JSON.writeValueAsString(message.get("stream"))).isEqualTo("[\"user\"]");
			assertThat(message.get("event").asString()).isEqualTo("notification");
		}
	}

	@Test
	void updatePublishedByAnotherServiceReachesTheUserStreamButNotTheNotificationStream() {
		long me = newId();
		try (StreamClient user = open(me, "?stream=user");
				StreamClient notifications = open(me, "?stream=user:notification")) {
			awaitListening(me);

			publishToStream(me, "update", "{\"id\":\"42\",\"content\":\"<p>hi</p>\"}");
			publishToStream(me, "delete", "42");
			publishToStream(me, "notification", "{\"id\":\"7\",\"type\":\"mention\"}");

			JsonNode update = user.next();
			assertThat(JSON.writeValueAsString(update)).isEqualTo(
					"{\"stream\":[\"user\"],\"event\":\"update\",\"payload\":\"{\\\"id\\\":\\\"42\\\",\\\"content\\\":\\\"<p>hi</p>\\\"}\"}");
			JsonNode delete = user.next();
			assertThat(delete.get("event").asString()).isEqualTo("delete");
			assertThat(delete.get("payload").asString()).isEqualTo("42");
			assertThat(user.next().get("event").asString()).isEqualTo("notification");
			// Events on one channel arrive in order: the notification comes first here
			// because the update and the delete were never sent to this stream.
			JsonNode first = notifications.next();
			assertThat(first.get("event").asString()).isEqualTo("notification");
			assertThat(first.get("payload").asString()).isEqualTo("{\"id\":\"7\",\"type\":\"mention\"}");
		}
	}

	@Test
	void notificationIsPublishedForAnInstanceThatHoldsTheRecipientElsewhere() throws Exception {
		Account recipient = newAccount();
		Account follower = newAccount();
		BlockingQueue<String> received = new LinkedBlockingQueue<>();
		try (StatefulRedisPubSubConnection<String, String> otherInstance = subscribed(
				UserStreams.channel(recipient.getId()), received)) {
			// Another instance holds the recipient's connection and vouches for it.
			this.redis.opsForZSet()
				.add(UserStreams.ONLINE, Long.toString(recipient.getId()), System.currentTimeMillis() + 60_000);

			publish(Topics.ACCOUNT_FOLLOWED, follower.getId(), followed(follower.getId(), recipient.getId()));

			String message = received.poll(20, TimeUnit.SECONDS);
			assertThat(message).isNotNull();
			JsonNode event = JSON.readTree(message);
			assertThat(event.propertyNames()).containsExactly("event", "payload");
			assertThat(event.get("event").asString()).isEqualTo("notification");
			assertThat(JSON.readTree(event.get("payload").asString()).get("type").asString()).isEqualTo("follow");
		}
		finally {
			this.redis.opsForZSet().remove(UserStreams.ONLINE, Long.toString(recipient.getId()));
		}
	}

	@Test
	void nothingIsRenderedForRecipientsNobodyIsConnectedFor() {
		Account offline = newAccount();
		Account follower = newAccount();
		int accountsCalls = this.users.getAccountsCalls();

		publish(Topics.ACCOUNT_FOLLOWED, follower.getId(), followed(follower.getId(), offline.getId()));

		eventually()
			.untilAsserted(() -> assertThat(this.jdbc.sql("select count(*) from notifications where account_id = :id")
				.param("id", offline.getId())
				.query(Integer.class)
				.single()).isEqualTo(1));
		assertThat(this.users.getAccountsCalls()).isEqualTo(accountsCalls);
	}

	@Test
	void aStreamListensAndIsAnnouncedBeforeItsHandshakeIsAnswered() throws Exception {
		long me = newId();
		BlockingQueue<String> joined = new LinkedBlockingQueue<>();
		try (StatefulRedisPubSubConnection<String, String> producer = subscribed(UserStreams.JOINED, joined)) {
			try (StreamClient stream = open(me, "?stream=user")) {
				// No waiting: a client may act as soon as it sees the stream open, and
				// producers must already count the account in.
				assertThat(subscribers(me)).isPositive();
				assertThat(presence(me)).isNotNull();
				assertThat(joined.poll(20, TimeUnit.SECONDS)).isEqualTo(Long.toString(me));
			}
		}
	}

	@Test
	void presenceLastsWhileTheAccountHasAConnectionHere() {
		long me = newId();
		StreamClient first = open(me, "?stream=user");
		StreamClient second = open(me, "");
		eventually().untilAsserted(() -> assertThat(presence(me)).isNotNull());
		assertThat(presence(me)).isBetween((double) System.currentTimeMillis(),
				(double) System.currentTimeMillis() + 61_000);

		first.close();
		awaitListening(me);
		assertThat(presence(me)).isNotNull();

		second.close();
		eventually().untilAsserted(() -> assertThat(presence(me)).isNull());
		eventually().untilAsserted(() -> assertThat(subscribers(me)).isZero());
	}

	@Test
	void subscribeAndUnsubscribeMessagesChooseTheStreams() {
		long me = newId();
		try (StreamClient client = open(me, "")) {
			awaitListening(me);
			client.send("{\"type\":\"subscribe\",\"stream\":\"user\"}");
			client.send("{\"type\":\"subscribe\",\"stream\":\"list\",\"list\":\"1\"}");
			assertThat(client.next().get("error").asString()).isEqualTo("Unknown stream type");

			publishToStream(me, "update", "{\"id\":\"1\"}");
			assertThat(client.next().get("payload").asString()).isEqualTo("{\"id\":\"1\"}");

			client.send("{\"type\":\"unsubscribe\",\"stream\":\"user\"}");
			client.send("{\"type\":\"subscribe\",\"stream\":\"user:notification\"}");
			client.send("not json at all");
			client.send("{\"type\":\"subscribe\",\"stream\":\"direct\"}");
			assertThat(client.next().get("error").asString()).isEqualTo("Unknown stream type");
			publishToStream(me, "update", "{\"id\":\"2\"}");
			publishToStream(me, "notification", "{\"id\":\"3\"}");

			JsonNode message = client.next();
			assertThat(JSON.writeValueAsString(message.get("stream"))).isEqualTo("[\"user:notification\"]");
			assertThat(message.get("payload").asString()).isEqualTo("{\"id\":\"3\"}");
			assertThat(client.closed()).isNotDone();
		}
	}

	@Test
	void unknownStreamInTheQueryIsReportedWithoutClosing() {
		long me = newId();
		try (StreamClient client = open(me, "?stream=direct")) {
			assertThat(client.next().get("error").asString()).isEqualTo("Unknown stream type");
			client.send("{\"type\":\"subscribe\",\"stream\":\"user\"}");
			awaitListening(me);
			publishToStream(me, "delete", "5");
			assertThat(client.next().get("payload").asString()).isEqualTo("5");
		}
	}

	@Test
	void streamThatTheScopesDoNotCoverIsRefusedAsAMessage() {
		long me = newId();
		StreamClient client = StreamClient.open(this.port, "?stream=user:notification",
				TestIdentities.forAccount(me, "read:notifications"));
		try (client) {
			client.send("{\"type\":\"subscribe\",\"stream\":\"user\"}");
			assertThat(client.next().get("error").asString())
				.isEqualTo("Access token does not have the required scopes");
		}
	}

	@Test
	void handshakeIsRefusedWithoutAUsableIdentity() {
		assertThat(StreamClient.refusal(this.port, "?stream=user", null)).isEqualTo(401);
		assertThat(StreamClient.refusal(this.port, "?stream=user", TestIdentities.forged(newId()))).isEqualTo(401);
		assertThat(StreamClient.refusal(this.port, "?stream=user", TestIdentities.forApplication(newId())))
			.isEqualTo(422);
		assertThat(StreamClient.refusal(this.port, "?stream=user", TestIdentities.forAccount(newId(), "write")))
			.isEqualTo(403);
		assertThat(StreamClient.refusal(this.port, "?stream=user",
				TestIdentities.forAccount(newId(), "read:notifications")))
			.isEqualTo(403);
	}

	@Test
	void refusedHandshakeAnswersAMastodonError() throws Exception {
		// A raw upgrade request: the JDK's clients hide the body of a refused handshake.
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(("""
					GET /api/v1/streaming?stream=user HTTP/1.1\r
					Host: localhost\r
					Connection: Upgrade, close\r
					Upgrade: websocket\r
					Sec-WebSocket-Version: 13\r
					Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r
					\r
					""").getBytes(StandardCharsets.US_ASCII));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(response).startsWith("HTTP/1.1 401");
			assertThat(response).contains("{\"error\":\"Missing access token\"}");
		}
	}

	@Test
	void offeredSubprotocolIsEchoed() {
		long me = newId();
		try (StreamClient client = StreamClient.open(this.port, "?stream=user", TestIdentities.forAccount(me),
				"some-access-token")) {
			assertThat(client.socket().getSubprotocol()).isEqualTo("some-access-token");
		}
	}

	@Test
	void healthAnswersOkWithoutAToken() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/streaming/health"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("OK");
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
	}

	private StreamClient open(long accountId, String query) {
		return StreamClient.open(this.port, query, TestIdentities.forAccount(accountId));
	}

	/** Waits until this instance listens to the account's channel and vouches for it. */
	private void awaitListening(long accountId) {
		eventually().untilAsserted(() -> {
			assertThat(subscribers(accountId)).isPositive();
			assertThat(presence(accountId)).isNotNull();
		});
	}

	/** A pub/sub connection of the test's own, subscribed to the channel. */
	private StatefulRedisPubSubConnection<String, String> subscribed(String channel, BlockingQueue<String> received) {
		RedisClient client = (RedisClient) this.redisConnections.getRequiredNativeClient();
		StatefulRedisPubSubConnection<String, String> connection = client.connectPubSub();
		connection.addListener(new RedisPubSubAdapter<>() {
			@Override
			public void message(String channel, String message) {
				received.add(message);
			}
		});
		connection.sync().subscribe(channel);
		return connection;
	}

	private long subscribers(long accountId) {
		RedisClient client = (RedisClient) this.redisConnections.getRequiredNativeClient();
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return connection.sync().pubsubNumsub(UserStreams.channel(accountId)).values().iterator().next();
		}
	}

	private @Nullable Double presence(long accountId) {
		return this.redis.opsForZSet().score(UserStreams.ONLINE, Long.toString(accountId));
	}

	private void publishToStream(long accountId, String event, String payload) {
		String message = JSON.writeValueAsString(java.util.Map.of("event", event, "payload", payload));
		this.redis.convertAndSend(UserStreams.channel(accountId), message);
	}

	private static AccountFollowed followed(long follower, long followee) {
		return AccountFollowed.newBuilder()
			.setEventId(newId())
			.setOccurredAt(System.currentTimeMillis())
			.setFollowerId(follower)
			.setFolloweeId(followee)
			.build();
	}

}
