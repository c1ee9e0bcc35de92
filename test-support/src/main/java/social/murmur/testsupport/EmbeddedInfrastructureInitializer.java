package social.murmur.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * Points a Spring context at the shared test infrastructure: a fresh PostgreSQL database
 * of its own, a Redis database index of its own, the shared Kafka broker with a consumer
 * group of its own, a free gRPC port and the test identity secret. Settings given in the
 * test's own properties win.
 */
public class EmbeddedInfrastructureInitializer
		implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicInteger contexts = new AtomicInteger();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		int number = contexts.incrementAndGet();
		String application = context.getEnvironment().getProperty("spring.application.name", "murmur");
		Map<String, Object> properties = new HashMap<>();
		if (context.getEnvironment().getProperty("spring.datasource.url") != null || hasJdbc()) {
			properties.put("spring.datasource.url", SharedInfrastructure.newDatabase());
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
		}
		properties.put("spring.data.redis.host", "127.0.0.1");
		properties.put("spring.data.redis.port", SharedInfrastructure.redisPort());
		properties.put("spring.data.redis.database", number % 16);
		properties.put("spring.kafka.bootstrap-servers", SharedInfrastructure.kafkaBootstrapServers());
		properties.put("spring.kafka.consumer.group-id", application + "-test-" + number);
		properties.put("spring.grpc.server.port", 0);
		properties.put("murmur.identity.secret", TestIdentities.SECRET);
		properties.put("murmur.outbox.poll-interval", "50ms");
		MutablePropertySources sources = context.getEnvironment().getPropertySources();
		MapPropertySource infrastructure = new MapPropertySource("murmurTestInfrastructure", properties);
		if (sources.contains("Inlined Test Properties")) {
			sources.addAfter("Inlined Test Properties", infrastructure);
		}
		else {
			sources.addFirst(infrastructure);
		}
	}

	private static boolean hasJdbc() {
		try {
			Class.forName("org.springframework.jdbc.core.JdbcTemplate", false,
					EmbeddedInfrastructureInitializer.class.getClassLoader());
			Class.forName("org.postgresql.Driver", false, EmbeddedInfrastructureInitializer.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}

}
