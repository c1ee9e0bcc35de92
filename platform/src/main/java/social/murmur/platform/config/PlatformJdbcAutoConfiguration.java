package social.murmur.platform.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import social.murmur.platform.outbox.Outbox;
import social.murmur.platform.outbox.OutboxRelay;
import social.murmur.platform.outbox.ProcessedEvents;

/** The outbox and idempotent-consumer support, for services with a database. */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
		"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" })
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnBean(JdbcTemplate.class)
public class PlatformJdbcAutoConfiguration {

	@Bean
	ProcessedEvents processedEvents(JdbcTemplate jdbc) {
		return new ProcessedEvents(jdbc);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(KafkaTemplate.class)
	@ConditionalOnProperty(name = "murmur.outbox.enabled", havingValue = "true")
	static class OutboxConfiguration {

		@Bean
		OutboxRelay outboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions,
				KafkaTemplate<String, byte[]> kafka, PlatformProperties properties) {
			return new OutboxRelay(jdbc, transactions, kafka, properties.outbox().pollInterval());
		}

		@Bean
		Outbox outbox(JdbcTemplate jdbc, OutboxRelay relay) {
			return new Outbox(jdbc, relay);
		}

	}

}
