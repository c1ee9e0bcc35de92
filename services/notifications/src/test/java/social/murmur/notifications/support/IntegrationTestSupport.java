package social.murmur.notifications.support;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.google.protobuf.MessageLite;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import social.murmur.contracts.users.v1.Account;
import social.murmur.testsupport.MurmurIntegrationTest;
import social.murmur.testsupport.ServiceResponse;

/**
 * The one Spring context of this module's integration tests: the whole service against
 * the shared real PostgreSQL, Redis and Kafka, with users, posts and interactions stood
 * in for by in-process gRPC services. Every test class extends this, unchanged, so the
 * context is built once. Tests make fresh account and status ids, so they never see each
 * other's data.
 */
@MurmurIntegrationTest
@TestPropertySource(
		properties = { "spring.grpc.server.enabled=true", "spring.grpc.server.inprocess.name=notifications-it",
				"spring.grpc.client.channels.users.address=in-process:notifications-it",
				"spring.grpc.client.channels.posts.address=in-process:notifications-it",
				"spring.grpc.client.channels.interactions.address=in-process:notifications-it",
				"murmur.public-url=https://murmur.test" })
@Import(IntegrationTestSupport.FakeServices.class)
public abstract class IntegrationTestSupport {

	protected static final String PUBLIC_URL = "https://murmur.test";

	private static final AtomicLong ids = new AtomicLong(1_000);

	@LocalServerPort
	protected int port;

	@Autowired
	protected FakeUsers users;

	@Autowired
	protected FakeFollowGraph followGraph;

	@Autowired
	protected FakePosts posts;

	@Autowired
	protected FakeInteractions interactions;

	@Autowired
	protected KafkaTemplate<String, byte[]> kafka;

	@Autowired
	protected StringRedisTemplate redis;

	@Autowired
	protected JdbcClient jdbc;

	/** A fresh id for an account, status or event. */
	protected static long newId() {
		return ids.incrementAndGet();
	}

	/** A new account known to the stand-in users service. */
	protected Account newAccount() {
		return this.users.register(newId());
	}

	protected void publish(String topic, long key, MessageLite event) {
		publish(topic, key, event.toByteArray());
	}

	protected void publish(String topic, long key, byte[] payload) {
		try {
			this.kafka.send(topic, Long.toString(key), payload).get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException | ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not publish to " + topic, ex);
		}
	}

	protected ServiceResponse get(String path, @Nullable String identity) {
		return ServiceResponse.send(this.port, PUBLIC_URL, path, HttpRequest.newBuilder().GET(), identity);
	}

	protected ServiceResponse post(String path, @Nullable String identity) {
		return ServiceResponse.send(this.port, PUBLIC_URL, path,
				HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.noBody()), identity);
	}

	/** A POST with a body of the given content type. */
	protected ServiceResponse post(String path, String contentType, String body, @Nullable String identity) {
		return ServiceResponse.send(this.port, PUBLIC_URL, path,
				HttpRequest.newBuilder()
					.header("Content-Type", contentType)
					.POST(HttpRequest.BodyPublishers.ofString(body)),
				identity);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FakeServices {

		@Bean
		FakeUsers fakeUsers() {
			return new FakeUsers();
		}

		@Bean
		FakeFollowGraph fakeFollowGraph() {
			return new FakeFollowGraph();
		}

		@Bean
		FakePosts fakePosts() {
			return new FakePosts();
		}

		@Bean
		FakeInteractions fakeInteractions() {
			return new FakeInteractions();
		}

	}

}
