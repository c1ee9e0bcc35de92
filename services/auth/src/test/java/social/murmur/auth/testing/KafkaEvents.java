package social.murmur.auth.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import social.murmur.testsupport.SharedInfrastructure;

/** Reads what really landed on the shared Kafka broker. */
public final class KafkaEvents {

	private KafkaEvents() {
	}

	/** The first record on the topic that matches, waiting up to the given time. */
	public static Optional<ConsumerRecord<String, byte[]>> await(String topic,
			Predicate<ConsumerRecord<String, byte[]>> matching, Duration timeout) {
		List<ConsumerRecord<String, byte[]>> found = collect(topic, matching, timeout, true);
		return found.stream().findFirst();
	}

	/** Every record on the topic that matches, read for the given time. */
	public static List<ConsumerRecord<String, byte[]>> all(String topic,
			Predicate<ConsumerRecord<String, byte[]>> matching, Duration period) {
		return collect(topic, matching, period, false);
	}

	private static List<ConsumerRecord<String, byte[]>> collect(String topic,
			Predicate<ConsumerRecord<String, byte[]>> matching, Duration timeout, boolean firstOnly) {
		List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedInfrastructure.kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG,
				"auth-it-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (matching.test(record)) {
						found.add(record);
						if (firstOnly) {
							return found;
						}
					}
				}
			}
			return found;
		}
	}

}
