package social.murmur.notifications.streaming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import social.murmur.contracts.streaming.PublicStreams;
import social.murmur.contracts.streaming.UserStreams;
import social.murmur.notifications.support.IntegrationTestSupport;
import social.murmur.testsupport.TestIdentities;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mastodon's public and hashtag streams: events that feed (or anyone) publishes on the
 * {@link PublicStreams} channels reach the connections that follow them, with Mastodon's
 * {@code stream} field, and this instance holds one Redis subscription per channel for as
 * long as a connection here follows it. Each test uses a tag of its own, so that the
 * subscriptions of one test's hashtag are not another's.
 */
class PublicStreamsIT extends IntegrationTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private LettuceConnectionFactory redisConnections;

	private static ConditionFactory eventually() {
		return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50));
	}

	@Test
	void publicStreamGetsThePublicChannelsEventsNamedPublic() {
		awaitUnsubscribed(PublicStreams.PUBLIC);
		awaitUnsubscribed(PublicStreams.PUBLIC_MEDIA);
		try (StreamClient client = open(newId(), "?stream=public")) {
			awaitSubscribed(PublicStreams.PUBLIC);

			publish(PublicStreams.PUBLIC_MEDIA, "update", "{\"id\":\"1\"}");
			publish(PublicStreams.PUBLIC, "update", "{\"id\":\"2\"}");
			publish(PublicStreams.PUBLIC, "delete", "2");

			assertThat(JSON.writeValueAsString(client.next()))
				.isEqualTo("{\"stream\":[\"public\"],\"event\":\"update\",\"payload\":\"{\\\"id\\\":\\\"2\\\"}\"}");
			assertThat(JSON.writeValueAsString(client.next()))
				.isEqualTo("{\"stream\":[\"public\"],\"event\":\"delete\",\"payload\":\"2\"}");
		}
	}

	@Test
	void hashtagStreamFromTheQueryNamesTheTagAsTheClientWroteIt() {
		String tag = newTag();
		try (StreamClient client = open(newId(), "?stream=hashtag&tag=" + capitalized(tag))) {
			awaitSubscribed(PublicStreams.hashtag(tag));

			publish(PublicStreams.hashtag(tag), "update", "{\"id\":\"3\"}");

			JsonNode message = client.next();
			assertThat(streamOf(message)).containsExactly("hashtag", capitalized(tag));
			assertThat(message.get("event").asString()).isEqualTo("update");
			assertThat(message.get("payload").asString()).isEqualTo("{\"id\":\"3\"}");
		}
	}

	@Test
	void theStreamAskedForIsSubscribedBeforeTheHandshakeIsAnswered() {
		String tag = newTag();
		try (StreamClient client = open(newId(), "?stream=hashtag&tag=" + tag)) {
			// No waiting: a client may act as soon as it sees the stream open.
			assertThat(subscribers(PublicStreams.hashtag(tag))).isPositive();
		}
	}

	@Test
	void aConnectionFollowsAnyMixOfStreamsAndGetsAnEventOncePerStream() {
		awaitUnsubscribed(PublicStreams.PUBLIC);
		awaitUnsubscribed(PublicStreams.PUBLIC_MEDIA);
		long me = newId();
		String tag = newTag();
		try (StreamClient client = open(me, "?stream=user")) {
			for (String stream : List.of("public", "public:local", "public:media", "public:local:media",
					"public:remote", "public:remote:media")) {
				client.send("{\"type\":\"subscribe\",\"stream\":\"" + stream + "\"}");
			}
			client.send("{\"type\":\"subscribe\",\"stream\":\"hashtag:local\",\"tag\":\"" + capitalized(tag) + "\"}");
			client.send("{\"type\":\"subscribe\",\"stream\":\"hashtag\",\"tag\":\"" + tag + "\"}");
			awaitSubscribed(PublicStreams.PUBLIC);
			awaitSubscribed(PublicStreams.PUBLIC_MEDIA);
			awaitSubscribed(PublicStreams.hashtag(tag));
			awaitSubscribed(UserStreams.channel(me));

			publish(PublicStreams.PUBLIC, "update", "{\"id\":\"10\"}");
			publish(PublicStreams.PUBLIC_MEDIA, "update", "{\"id\":\"11\"}");
			publish(PublicStreams.hashtag(tag), "delete", "12");
			publish(UserStreams.channel(me), "update", "{\"id\":\"13\"}");

			List<JsonNode> messages = next(client, 7);
			assertThat(messages.stream().map((message) -> streamOf(message) + " " + message.get("payload").asString()))
				.containsExactlyInAnyOrder("[public] {\"id\":\"10\"}", "[public:local] {\"id\":\"10\"}",
						"[public:media] {\"id\":\"11\"}", "[public:local:media] {\"id\":\"11\"}",
						"[hashtag:local, " + capitalized(tag) + "] 12", "[hashtag, " + tag + "] 12",
						"[user] {\"id\":\"13\"}");
			// Each channel's events in the order published: the user's came last.
			assertThat(streamOf(messages.getLast())).containsExactly("user");
		}
	}

	@Test
	void afterUnsubscribeNothingMoreArrivesOnThatStream() {
		awaitUnsubscribed(PublicStreams.PUBLIC);
		awaitUnsubscribed(PublicStreams.PUBLIC_MEDIA);
		long me = newId();
		String tag = newTag();
		try (StreamClient client = open(me, "?stream=public")) {
			client.send("{\"type\":\"subscribe\",\"stream\":\"public:local\"}");
			client.send("{\"type\":\"subscribe\",\"stream\":\"hashtag\",\"tag\":\"" + tag + "\"}");
			client.send("{\"type\":\"subscribe\",\"stream\":\"user\"}");
			awaitSubscribed(PublicStreams.hashtag(tag));
			awaitSubscribed(UserStreams.channel(me));

			client.send("{\"type\":\"unsubscribe\",\"stream\":\"public\"}");
			// The same subscription, however the tag is written.
			client.send("{\"type\":\"unsubscribe\",\"stream\":\"hashtag\",\"tag\":\"" + capitalized(tag) + "\"}");
			awaitUnsubscribed(PublicStreams.hashtag(tag));
			publish(PublicStreams.hashtag(tag), "update", "{\"id\":\"20\"}");
			publish(PublicStreams.PUBLIC, "update", "{\"id\":\"21\"}");
			publish(UserStreams.channel(me), "delete", "22");

			JsonNode first = client.next();
			assertThat(streamOf(first)).containsExactly("public:local");
			assertThat(first.get("payload").asString()).isEqualTo("{\"id\":\"21\"}");
			JsonNode sentinel = client.next();
			assertThat(streamOf(sentinel)).containsExactly("user");
			assertThat(client.pending()).isZero();
			// public:local still needs the channel.
			assertThat(subscribers(PublicStreams.PUBLIC)).isEqualTo(1);
		}
	}

	@Test
	void aHashtagStreamWithoutATagIsRefusedOnTheSocket() {
		long me = newId();
		try (StreamClient client = open(me, "?stream=hashtag")) {
			assertThat(JSON.writeValueAsString(client.next())).isEqualTo("{\"error\":\"Missing tag name parameter\"}");

			client.send("{\"type\":\"subscribe\",\"stream\":\"hashtag:local\"}");
			assertThat(client.next().get("error").asString()).isEqualTo("Missing tag name parameter");
			client.send("{\"type\":\"subscribe\",\"stream\":\"hashtag\",\"tag\":\"\"}");
			assertThat(client.next().get("error").asString()).isEqualTo("Missing tag name parameter");
			client.send("{\"type\":\"subscribe\",\"stream\":\"hashtag\",\"tag\":7}");
			assertThat(client.next().get("error").asString()).isEqualTo("Missing tag name parameter");

			client.send("{\"type\":\"subscribe\",\"stream\":\"user\"}");
			awaitSubscribed(UserStreams.channel(me));
			publish(UserStreams.channel(me), "delete", "30");
			assertThat(client.next().get("payload").asString()).isEqualTo("30");
			assertThat(client.closed()).isNotDone();
		}
	}

	@Test
	void connectionsOnOneInstanceShareOneRedisSubscriptionDroppedWhenTheLastLeaves() {
		String tag = newTag();
		String channel = PublicStreams.hashtag(tag);
		try (StreamClient first = open(newId(), "?stream=hashtag&tag=" + tag);
				StreamClient second = open(newId(), "")) {
			second.send("{\"type\":\"subscribe\",\"stream\":\"hashtag\",\"tag\":\"" + capitalized(tag) + "\"}");
			awaitSubscribed(channel);
			publish(channel, "update", "{\"id\":\"40\"}");
			assertThat(first.next().get("payload").asString()).isEqualTo("{\"id\":\"40\"}");
			assertThat(second.next().get("payload").asString()).isEqualTo("{\"id\":\"40\"}");
			assertThat(subscribers(channel)).isEqualTo(1);

			first.close();
			eventually().until(() -> first.closed().isDone());
			publish(channel, "update", "{\"id\":\"41\"}");
			assertThat(second.next().get("payload").asString()).isEqualTo("{\"id\":\"41\"}");
			assertThat(subscribers(channel)).isEqualTo(1);

			second.send("{\"type\":\"unsubscribe\",\"stream\":\"hashtag\",\"tag\":\"" + tag + "\"}");
			awaitUnsubscribed(channel);

			second.send("{\"type\":\"subscribe\",\"stream\":\"hashtag:local\",\"tag\":\"" + tag + "\"}");
			awaitSubscribed(channel);
		}
		awaitUnsubscribed(channel);
	}

	@Test
	void publicChannelsAreSubscribedAgainAfterRedisDropsTheConnection() {
		String tag = newTag();
		try (StreamClient client = open(newId(), "?stream=hashtag:local&tag=" + tag)) {
			awaitSubscribed(PublicStreams.hashtag(tag));

			try (StatefulRedisConnection<String, String> admin = redisClient().connect()) {
				admin.sync().clientKill(io.lettuce.core.KillArgs.Builder.typePubsub());
			}

			awaitSubscribed(PublicStreams.hashtag(tag));
			publish(PublicStreams.hashtag(tag), "update", "{\"id\":\"50\"}");
			JsonNode message = client.next();
			assertThat(streamOf(message)).containsExactly("hashtag:local", tag);
			assertThat(message.get("payload").asString()).isEqualTo("{\"id\":\"50\"}");
		}
	}

	@Test
	void publicStreamsNeedATokenOfAnAccountButNoScope() {
		awaitUnsubscribed(PublicStreams.PUBLIC);
		awaitUnsubscribed(PublicStreams.PUBLIC_MEDIA);
		long me = newId();
		try (StreamClient client = StreamClient.open(this.port, "?stream=public:media",
				TestIdentities.forAccount(me, "write"))) {
			awaitSubscribed(PublicStreams.PUBLIC_MEDIA);
			publish(PublicStreams.PUBLIC_MEDIA, "update", "{\"id\":\"60\"}");
			assertThat(streamOf(client.next())).containsExactly("public:media");

			client.send("{\"type\":\"subscribe\",\"stream\":\"user\"}");
			assertThat(client.next().get("error").asString())
				.isEqualTo("Access token does not have the required scopes");
		}
		assertThat(StreamClient.refusal(this.port, "?stream=public", null)).isEqualTo(401);
		assertThat(StreamClient.refusal(this.port, "?stream=public", TestIdentities.forApplication(newId())))
			.isEqualTo(422);
		// Naming no public stream, the connection is for the account's streams.
		assertThat(StreamClient.refusal(this.port, "", TestIdentities.forAccount(newId(), "write"))).isEqualTo(403);
	}

	private StreamClient open(long accountId, String query) {
		return StreamClient.open(this.port, query, TestIdentities.forAccount(accountId));
	}

	private static String newTag() {
		return "cats" + ThreadLocalRandom.current().nextInt(1_000_000);
	}

	private static String capitalized(String tag) {
		return Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
	}

	private static List<String> streamOf(JsonNode message) {
		List<String> stream = new ArrayList<>();
		message.get("stream").forEach((part) -> stream.add(part.asString()));
		return stream;
	}

	private static List<JsonNode> next(StreamClient client, int count) {
		List<JsonNode> messages = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			messages.add(client.next());
		}
		return messages;
	}

	private void publish(String channel, String event, String payload) {
		this.redis.convertAndSend(channel, JSON.writeValueAsString(Map.of("event", event, "payload", payload)));
	}

	/**
	 * Waits until this instance is subscribed to the channel. Tests that share a channel
	 * first wait until the connections of the tests before have let go of it, so that the
	 * subscription they see is their own.
	 */
	private void awaitSubscribed(String channel) {
		eventually().untilAsserted(() -> assertThat(subscribers(channel)).isEqualTo(1));
	}

	private void awaitUnsubscribed(String channel) {
		eventually().untilAsserted(() -> assertThat(subscribers(channel)).isZero());
	}

	/**
	 * How many Redis connections are subscribed to the channel ({@code PUBSUB NUMSUB}).
	 */
	private long subscribers(String channel) {
		try (StatefulRedisConnection<String, String> connection = redisClient().connect()) {
			return connection.sync().pubsubNumsub(channel).values().iterator().next();
		}
	}

	private RedisClient redisClient() {
		return (RedisClient) this.redisConnections.getRequiredNativeClient();
	}

}
