package social.murmur.interactions.support;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import io.grpc.ManagedChannel;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import social.murmur.contracts.interactions.v1.FavouritesGrpc;
import social.murmur.contracts.users.v1.Account;
import social.murmur.testsupport.MurmurIntegrationTest;
import social.murmur.testsupport.ServiceResponse;
import social.murmur.testsupport.SharedInfrastructure;

/**
 * The one Spring context of this module's integration tests: the whole service against
 * the shared real PostgreSQL, Redis and Kafka, with posts and users stood in for by
 * in-process gRPC services (served, like interactions' own Favourites service, on one
 * in-process server). Every test class extends this, unchanged, so the context is built
 * once. Tests make fresh account and status ids, so they never see each other's data.
 */
@MurmurIntegrationTest
@TestPropertySource(properties = { "spring.grpc.server.inprocess.name=" + IntegrationTestSupport.GRPC_SERVER,
		"spring.grpc.client.channels.users.address=in-process:" + IntegrationTestSupport.GRPC_SERVER,
		"spring.grpc.client.channels.posts.address=in-process:" + IntegrationTestSupport.GRPC_SERVER,
		"spring.grpc.client.channels.interactions.address=in-process:" + IntegrationTestSupport.GRPC_SERVER,
		"murmur.public-url=" + IntegrationTestSupport.PUBLIC_URL })
@Import(IntegrationTestSupport.FakeServices.class)
public abstract class IntegrationTestSupport {

	protected static final String GRPC_SERVER = "interactions-it";

	protected static final String PUBLIC_URL = "https://murmur.test";

	protected static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final AtomicLong ids = new AtomicLong(1_000);

	@LocalServerPort
	protected int port;

	@Autowired
	protected FakeAccounts accounts;

	@Autowired
	protected FakeFollowGraph followGraph;

	@Autowired
	protected FakePosts posts;

	@Autowired
	protected KafkaTemplate<String, byte[]> kafka;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected StringRedisTemplate redis;

	@Autowired
	private GrpcChannelFactory channels;

	private @Nullable ManagedChannel channel;

	@BeforeEach
	void openChannel() {
		this.channel = this.channels.createChannel("interactions");
	}

	@AfterEach
	void closeChannel() {
		if (this.channel != null) {
			this.channel.shutdownNow();
		}
	}

	/** Interactions' own Favourites service, called as another service would. */
	protected FavouritesGrpc.FavouritesBlockingStub favouritesGrpc() {
		if (this.channel == null) {
			throw new IllegalStateException("No channel open");
		}
		return FavouritesGrpc.newBlockingStub(this.channel);
	}

	/** A fresh id for an account, status or event. */
	protected static long newId() {
		return ids.incrementAndGet();
	}

	/** A new account known to the stand-in users service. */
	protected Account newAccount() {
		return this.accounts.register(newId());
	}

	protected void publish(String topic, long key, MessageLite event) {
		try {
			this.kafka.send(topic, Long.toString(key), event.toByteArray()).get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException | ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not publish to " + topic, ex);
		}
	}

	/**
	 * Reads a topic from the beginning until an event matches {@code until} (or the
	 * patience runs out), and answers every event read that matches {@code wanted}.
	 */
	protected static <T> List<T> readTopic(String topic, Parser<T> parser, Predicate<T> wanted, Predicate<T> until) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedInfrastructure.kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG,
				"interactions-it-reader-" + UUID.randomUUID(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		List<T> found = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			long deadline = System.nanoTime() + PATIENCE.toNanos();
			boolean seen = false;
			while (!seen && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					T event = parser.parse(record.value());
					if (wanted.test(event)) {
						found.add(event);
					}
					seen |= until.test(event);
				}
			}
			if (!seen) {
				throw new IllegalStateException("The awaited event never arrived on " + topic);
			}
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
		return found;
	}

	/** Parses an event's bytes. */
	@FunctionalInterface
	protected interface Parser<T> {

		T parse(byte[] bytes) throws InvalidProtocolBufferException;

	}

	protected long favouriteRows(long statusId) {
		return this.jdbc.sql("select count(*) from favourites where status_id = :id")
			.param("id", statusId)
			.query(Long.class)
			.single();
	}

	protected long storedCount(long statusId) {
		return this.jdbc
			.sql("select coalesce(sum(favourites_count), 0) from status_favourite_counts where status_id = :id")
			.param("id", statusId)
			.query(Long.class)
			.single();
	}

	protected ServiceResponse get(String path, @Nullable String identity) {
		return ServiceResponse.send(this.port, PUBLIC_URL, path, HttpRequest.newBuilder().GET(), identity);
	}

	protected ServiceResponse post(String path, @Nullable String identity) {
		return ServiceResponse.send(this.port, PUBLIC_URL, path,
				HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.noBody()), identity);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FakeServices {

		@Bean
		FakeAccounts fakeAccounts() {
			return new FakeAccounts();
		}

		@Bean
		FakeFollowGraph fakeFollowGraph() {
			return new FakeFollowGraph();
		}

		@Bean
		FakePosts fakePosts() {
			return new FakePosts();
		}

	}

}
