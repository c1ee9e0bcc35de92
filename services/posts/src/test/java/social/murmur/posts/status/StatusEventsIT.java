package social.murmur.posts.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import com.google.protobuf.InvalidProtocolBufferException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.contracts.users.v1.Account;
import social.murmur.platform.messaging.EventHeaders;
import social.murmur.posts.support.PostsIntegrationTest;
import social.murmur.testsupport.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The events posts publishes, read back from the real Kafka broker. */
class StatusEventsIT extends PostsIntegrationTest {

	@Test
	void publishesStatusPublishedWithMentionsVisibilityAndReplyLinks() throws Exception {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		long parent = Long.parseLong(post(bob, "parent").get("id").asString());
		long id = Long.parseLong(post(alice,
				params("status", "hi @" + bob.getUsername(), "in_reply_to_id", parent, "visibility", "unlisted"))
			.get("id")
			.asString());

		try (KafkaConsumer<String, byte[]> consumer = consumer(Topics.STATUS_PUBLISHED)) {
			ConsumerRecord<String, byte[]> record = await(consumer,
					(candidate) -> parse(candidate).getStatusId() == id);
			StatusPublished event = parse(record);
			assertThat(record.key()).isEqualTo(Long.toString(alice.getId()));
			assertThat(new String(record.headers().lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8))
				.isEqualTo("murmur.events.v1.StatusPublished");
			assertThat(event.getEventId()).isPositive();
			assertThat(event.getOccurredAt()).isPositive();
			assertThat(event.getAuthorId()).isEqualTo(alice.getId());
			assertThat(event.getInReplyToId()).isEqualTo(parent);
			assertThat(event.getInReplyToAccountId()).isEqualTo(bob.getId());
			assertThat(event.getMentionedAccountIdsList()).containsExactly(bob.getId());
			assertThat(event.getVisibility()).isEqualTo("unlisted");
		}
	}

	@Test
	void publishesStatusDeletedWhenTheAuthorDeletes() throws Exception {
		Account alice = this.users.register("alice");
		String id = post(alice, "short-lived").get("id").asString();
		assertThat(delete("/api/v1/statuses/" + id, tokenFor(alice)).status()).isEqualTo(200);

		try (KafkaConsumer<String, byte[]> consumer = consumer(Topics.STATUS_DELETED)) {
			ConsumerRecord<String, byte[]> record = await(consumer,
					(candidate) -> deleted(candidate).getStatusId() == Long.parseLong(id));
			StatusDeleted event = deleted(record);
			assertThat(record.key()).isEqualTo(Long.toString(alice.getId()));
			assertThat(event.getAuthorId()).isEqualTo(alice.getId());
			assertThat(event.getEventId()).isPositive();
		}
	}

	private static KafkaConsumer<String, byte[]> consumer(String topic) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "posts-events-it-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer());
		consumer.subscribe(List.of(topic));
		return consumer;
	}

	private static ConsumerRecord<String, byte[]> await(KafkaConsumer<String, byte[]> consumer,
			Predicate<ConsumerRecord<String, byte[]>> wanted) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
				if (wanted.test(record)) {
					return record;
				}
			}
		}
		return fail("The expected event was not published within 30 seconds");
	}

	private static StatusPublished parse(ConsumerRecord<String, byte[]> record) {
		try {
			return StatusPublished.parseFrom(record.value());
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static StatusDeleted deleted(ConsumerRecord<String, byte[]> record) {
		try {
			return StatusDeleted.parseFrom(record.value());
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
