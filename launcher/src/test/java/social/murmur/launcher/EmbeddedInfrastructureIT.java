package social.murmur.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its promise that data survives a restart: what PostgreSQL,
 * Redis and Kafka hold before a stop is there after the next start from the same folder.
 */
class EmbeddedInfrastructureIT {

	@TempDir
	Path data;

	@Test
	void dataSurvivesARestartOfTheWholeInfrastructure() throws Exception {
		try (Postgres postgres = Postgres.start(this.data.resolve("postgres"), List.of("murmur_check"));
				Redis redis = Redis.start(this.data.resolve("redis"));
				KafkaBroker kafka = KafkaBroker.start(this.data.resolve("kafka"), this.data.resolve("kafka.log"))) {
			try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("murmur_check"), "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("create table kept (value text)");
				statement.execute("insert into kept values ('still here')");
			}
			RedisClient client = RedisClient.create("redis://127.0.0.1:" + redis.port());
			try (StatefulRedisConnection<String, String> connection = client.connect()) {
				connection.sync().set("kept", "still here");
			}
			finally {
				client.shutdown();
			}
			try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties(kafka))) {
				producer.send(new ProducerRecord<>("kept", "key", "still here")).get();
			}
		}

		try (Postgres postgres = Postgres.start(this.data.resolve("postgres"), List.of("murmur_check"));
				Redis redis = Redis.start(this.data.resolve("redis"));
				KafkaBroker kafka = KafkaBroker.start(this.data.resolve("kafka"), this.data.resolve("kafka.log"))) {
			try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("murmur_check"), "postgres", "");
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select value from kept")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("still here");
			}
			RedisClient client = RedisClient.create("redis://127.0.0.1:" + redis.port());
			try (StatefulRedisConnection<String, String> connection = client.connect()) {
				assertThat(connection.sync().get("kept")).isEqualTo("still here");
			}
			finally {
				client.shutdown();
			}
			try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(kafka))) {
				consumer.subscribe(List.of("kept"));
				ConsumerRecords<String, String> records = ConsumerRecords.empty();
				long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
				while (records.isEmpty() && System.nanoTime() < deadline) {
					records = consumer.poll(Duration.ofMillis(500));
				}
				assertThat(records.iterator().next().value()).isEqualTo("still here");
			}
		}
	}

	private static Properties producerProperties(KafkaBroker kafka) {
		Properties properties = new Properties();
		properties.putAll(Map.of("bootstrap.servers", kafka.bootstrapServers(), "key.serializer",
				StringSerializer.class.getName(), "value.serializer", StringSerializer.class.getName()));
		return properties;
	}

	private static Properties consumerProperties(KafkaBroker kafka) {
		Properties properties = new Properties();
		properties.putAll(Map.of("bootstrap.servers", kafka.bootstrapServers(), "group.id", "check",
				"auto.offset.reset", "earliest", "key.deserializer", StringDeserializer.class.getName(),
				"value.deserializer", StringDeserializer.class.getName()));
		return properties;
	}

}
