package social.murmur.platform.config;

import com.google.protobuf.InvalidProtocolBufferException;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import social.murmur.contracts.Topics;

/**
 * Declares every topic (whichever service starts first creates them) and retries a failed
 * consumer with growing pauses rather than skipping the event: a consumer fails when a
 * service it needs is down, and the event must still be applied once it is back. Only an
 * event that cannot be parsed is skipped.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(KafkaTemplate.class)
public class PlatformKafkaAutoConfiguration {

	@Bean
	KafkaAdmin.NewTopics murmurTopics(PlatformProperties properties) {
		return new KafkaAdmin.NewTopics(Topics.ALL.stream()
			.map((name) -> new NewTopic(name, properties.kafka().partitions(), properties.kafka().replicationFactor()))
			.toArray(NewTopic[]::new));
	}

	@Bean
	CommonErrorHandler murmurKafkaErrorHandler() {
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxInterval(10_000);
		DefaultErrorHandler handler = new DefaultErrorHandler(backOff);
		handler.addNotRetryableExceptions(InvalidProtocolBufferException.class);
		return handler;
	}

}
