package social.murmur.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;

import com.google.protobuf.Message;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import social.murmur.feed.cache.StatusCache;
import social.murmur.feed.timeline.HomeTimelines;
import social.murmur.feed.timeline.TimelineKeys;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.messaging.EventHeaders;
import social.murmur.testsupport.MurmurIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * The whole feed service against the shared real Redis and Kafka, with users, posts and
 * interactions stood in for by in-process gRPC services holding test data. Every
 * integration test extends this class, so they all share one Spring context; each test
 * makes accounts of its own, so tests cannot see each other's data.
 */
@MurmurIntegrationTest
@TestPropertySource(
		properties = { "spring.grpc.server.enabled=true", "spring.grpc.server.inprocess.name=feed-it-sources",
				"spring.grpc.client.channels.users.address=in-process:feed-it-sources",
				"spring.grpc.client.channels.posts.address=in-process:feed-it-sources",
				"spring.grpc.client.channels.interactions.address=in-process:feed-it-sources",
				// Roomy for a machine under load; a slow interactions is made slower.
				"murmur.feed.favourites-deadline=" + FeedIntegrationTest.FAVOURITES_DEADLINE_MILLIS + "ms",
				// Low enough for a test to make a celebrity, above the 2,100 followers of
				// the fan-out tests.
				"murmur.feed.celebrity-threshold=" + FeedIntegrationTest.CELEBRITY_THRESHOLD })
@Import(FeedIntegrationTest.Sources.class)
public abstract class FeedIntegrationTest {

	protected static final Duration PATIENCE = Duration.ofSeconds(30);

	protected static final int CELEBRITY_THRESHOLD = 2_500;

	protected static final int FAVOURITES_DEADLINE_MILLIS = 1_000;

	private static final AtomicLong accounts = new AtomicLong(10_000);

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	protected FakeUsers users;

	@Autowired
	protected FakePosts posts;

	@Autowired
	protected FakeAccounts profiles;

	@Autowired
	protected FakeFavourites favourites;

	@Autowired
	protected StringRedisTemplate redis;

	@Autowired
	protected HomeTimelines timelines;

	@Autowired
	protected StatusCache statusCache;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@LocalServerPort
	private int port;

	protected static long newAccount() {
		return accounts.incrementAndGet();
	}

	protected static List<Long> newAccounts(int count) {
		List<Long> created = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			created.add(newAccount());
		}
		return created;
	}

	/** Gives accounts an empty home timeline, as a first read would. */
	protected void giveTimelines(Collection<Long> accountIds) {
		accountIds.forEach((accountId) -> this.timelines.store(accountId, List.of()));
	}

	/** The status ids in an account's home timeline in Redis, newest first. */
	protected List<Long> timeline(long accountId) {
		Set<String> members = this.redis.opsForZSet().range(TimelineKeys.timeline(accountId), 0, -1);
		return (members != null) ? members.stream().map(Long::parseLong).sorted(Comparator.reverseOrder()).toList()
				: List.of();
	}

	/** Whether each of the given timelines holds the status, read in one round trip. */
	protected List<Boolean> holding(List<Long> accountIds, long statusId) {
		List<Object> scores = this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			for (long accountId : accountIds) {
				connection.zSetCommands()
					.zScore(TimelineKeys.timeline(accountId).getBytes(StandardCharsets.UTF_8),
							Long.toString(statusId).getBytes(StandardCharsets.UTF_8));
			}
			return null;
		});
		return scores.stream().map((score) -> score != null).toList();
	}

	/** Publishes an event as the outbox relay of its producer would. */
	protected void publish(String topic, long key, Message event) {
		publish(topic, key, event.getDescriptorForType().getFullName(), event.toByteArray());
	}

	/**
	 * Publishes a record as the outbox relay would, whatever its value: an unreadable one
	 * if a test wishes.
	 */
	protected void publish(String topic, long key, String eventType, byte[] value) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, Long.toString(key), value);
		record.headers().add(EventHeaders.EVENT_TYPE, eventType.getBytes(StandardCharsets.UTF_8));
		try {
			this.kafka.send(record).get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not publish to " + topic, ex);
		}
	}

	/** How many calls users and posts have answered so far. */
	protected int sourceCalls() {
		return this.users.calls() + this.profiles.calls() + this.posts.calls();
	}

	protected void awaitTimeline(long accountId, org.assertj.core.api.ThrowingConsumer<List<Long>> assertion) {
		await().atMost(PATIENCE).untilAsserted(() -> assertion.accept(timeline(accountId)));
	}

	protected HttpResponse<String> get(String pathAndQuery, @Nullable String identity) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + pathAndQuery))
			.header("Accept", "application/json");
		if (identity != null) {
			request.header(Identity.HEADER, identity);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	protected static JsonNode json(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	/** The status ids of a timeline response, in the order given. */
	protected static List<Long> ids(HttpResponse<String> response) {
		return StreamSupport.stream(json(response).spliterator(), false)
			.map((status) -> Long.parseLong(status.get("id").asString()))
			.toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Sources {

		@Bean
		FakeUsers fakeUsers() {
			return new FakeUsers();
		}

		@Bean
		FakeAccounts fakeAccounts(FakeUsers users) {
			return new FakeAccounts(users);
		}

		@Bean
		FakePosts fakePosts() {
			return new FakePosts();
		}

		@Bean
		FakeFavourites fakeFavourites() {
			return new FakeFavourites();
		}

	}

}
