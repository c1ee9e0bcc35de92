package social.murmur.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.platform.messaging.EventHeaders;
import social.murmur.testsupport.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox against a real PostgreSQL and Kafka: what commits is published in order and
 * then forgotten, what rolls back is never published, and while Kafka is down nothing is
 * lost.
 */
class OutboxRelayIT {

	private JdbcTemplate jdbc;

	private TransactionTemplate transactions;

	private String topic;

	@BeforeEach
	void createOutbox() throws Exception {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(SharedInfrastructure.newDatabase(), "postgres",
				"");
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.execute(new ClassPathResource("db/platform/V0_1__outbox_and_processed_events.sql")
			.getContentAsString(StandardCharsets.UTF_8));
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.topic = "outbox-test-" + UUID.randomUUID();
	}

	@Test
	void committedEventsArePublishedInOrderWithTheirTypeAndThenRemoved() {
		OutboxRelay relay = relay(SharedInfrastructure.kafkaBootstrapServers());
		Outbox outbox = new Outbox(this.jdbc, relay);
		this.transactions.executeWithoutResult((status) -> {
			outbox.append(this.topic, 7, published(1));
			outbox.append(this.topic, 7, published(2));
		});
		this.transactions.executeWithoutResult((status) -> outbox.append(this.topic, 7, published(3)));

		assertThat(relay.drain()).isEqualTo(3);

		List<ConsumerRecord<String, byte[]>> records = consume(3);
		assertThat(records).extracting(ConsumerRecord::key).containsOnly("7");
		assertThat(records).extracting((record) -> parse(record.value()).getStatusId()).containsExactly(1L, 2L, 3L);
		assertThat(new String(records.get(0).headers().lastHeader(EventHeaders.EVENT_TYPE).value(),
				StandardCharsets.UTF_8))
			.isEqualTo("murmur.events.v1.StatusPublished");
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_events", Integer.class)).isZero();
	}

	@Test
	void eventsOfARolledBackTransactionAreNeverPublished() {
		OutboxRelay relay = relay(SharedInfrastructure.kafkaBootstrapServers());
		Outbox outbox = new Outbox(this.jdbc, relay);
		this.transactions.executeWithoutResult((status) -> {
			outbox.append(this.topic, 7, published(1));
			status.setRollbackOnly();
		});
		assertThat(relay.drain()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_events", Integer.class)).isZero();
	}

	@Test
	void eventsWaitWhileKafkaIsUnreachableAndGoOutOnceItIsBack() {
		OutboxRelay unreachable = relay("127.0.0.1:" + SharedInfrastructure.freePort());
		Outbox outbox = new Outbox(this.jdbc, unreachable);
		this.transactions.executeWithoutResult((status) -> outbox.append(this.topic, 9, published(42)));

		assertThatThrownBy(unreachable::drain).isInstanceOf(RuntimeException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_events", Integer.class)).isOne();

		assertThat(relay(SharedInfrastructure.kafkaBootstrapServers()).drain()).isOne();
		assertThat(consume(1)).extracting((record) -> parse(record.value()).getStatusId()).containsExactly(42L);
	}

	@Test
	void appendingOutsideATransactionIsAProgrammingError() {
		Outbox outbox = new Outbox(this.jdbc, relay(SharedInfrastructure.kafkaBootstrapServers()));
		assertThatThrownBy(() -> outbox.append(this.topic, 1, published(1))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aRedeliveredEventIsRecognised() {
		ProcessedEvents processed = new ProcessedEvents(this.jdbc);
		Boolean first = this.transactions.execute((status) -> processed.firstDelivery("counter", 5));
		Boolean again = this.transactions.execute((status) -> processed.firstDelivery("counter", 5));
		Boolean otherConsumer = this.transactions.execute((status) -> processed.firstDelivery("another-consumer", 5));
		assertThat(first).isTrue();
		assertThat(again).isFalse();
		assertThat(otherConsumer).isTrue();
	}

	private OutboxRelay relay(String bootstrapServers) {
		DefaultKafkaProducerFactory<String, byte[]> producers = new DefaultKafkaProducerFactory<>(
				Map.of("bootstrap.servers", bootstrapServers, "key.serializer", StringSerializer.class,
						"value.serializer", ByteArraySerializer.class, "max.block.ms", 2000, "delivery.timeout.ms",
						3000, "request.timeout.ms", 2000, "enable.idempotence", true, "acks", "all"));
		return new OutboxRelay(this.jdbc, this.transactions, new KafkaTemplate<>(producers), Duration.ofSeconds(1));
	}

	private List<ConsumerRecord<String, byte[]>> consume(int expected) {
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of("bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers(), "group.id",
						"outbox-test-" + UUID.randomUUID(), "auto.offset.reset", "earliest", "key.deserializer",
						StringDeserializer.class, "value.deserializer", ByteArrayDeserializer.class))) {
			consumer.subscribe(List.of(this.topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (records.size() < expected && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		return records;
	}

	private static StatusPublished published(long statusId) {
		return StatusPublished.newBuilder().setEventId(statusId).setStatusId(statusId).setAuthorId(7).build();
	}

	private static StatusPublished parse(byte[] bytes) {
		try {
			return StatusPublished.parseFrom(bytes);
		}
		catch (com.google.protobuf.InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
