package social.murmur.users;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.google.protobuf.InvalidProtocolBufferException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import social.murmur.testsupport.SharedInfrastructure;

/**
 * Reads what the service published to the shared Kafka broker, from the start of a topic,
 * with a consumer group of its own.
 */
public final class Events {

	private Events() {
	}

	/** Parses a record value. */
	@FunctionalInterface
	public interface Parser<T> {

		T parse(byte[] bytes) throws InvalidProtocolBufferException;

	}

	/**
	 * Reads the topic until an event matching {@code until} arrives (or the timeout
	 * passes) and returns every event that matches {@code match} by then, with its key.
	 */
	public static <T> List<Keyed<T>> readUntil(String topic, Parser<T> parser, Predicate<T> match, Predicate<T> until,
			Duration timeout) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedInfrastructure.kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG,
				"users-test-reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		List<Keyed<T>> matched = new ArrayList<>();
		long deadline = System.nanoTime() + timeout.toNanos();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
			consumer.subscribe(List.of(topic));
			boolean done = false;
			while (!done && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					T event;
					try {
						event = parser.parse(record.value());
					}
					catch (InvalidProtocolBufferException ex) {
						continue;
					}
					if (match.test(event)) {
						matched.add(new Keyed<>(record.key(), event));
					}
					done = done || until.test(event);
				}
			}
		}
		return matched;
	}

	/** Every event matching {@code match}, read until the first one arrives. */
	public static <T> List<Keyed<T>> readUntilFound(String topic, Parser<T> parser, Predicate<T> match) {
		return readUntil(topic, parser, match, match, Duration.ofSeconds(30));
	}

	/** An event with its record key. */
	public record Keyed<T>(String key, T event) {
	}

}
