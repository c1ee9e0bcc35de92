package social.murmur.platform.config;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Makes a dead Redis cheap for every service that uses it. Each one keeps working without
 * Redis (the gateway without rate limits, feed from the stores, interactions from
 * PostgreSQL, notifications without live delivery), so a command fails at once while the
 * connection is down instead of waiting in Lettuce's queue for a reconnect, and the
 * client reconnects within two seconds at most, so that a restarted Redis is back in use
 * soon. Short command timeouts are in each service's {@code application.yml}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass(LettuceClientOptionsBuilderCustomizer.class)
public class PlatformRedisAutoConfiguration {

	@Bean
	LettuceClientOptionsBuilderCustomizer murmurRedisFailFast() {
		return (options) -> options.autoReconnect(true)
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
	}

	@Bean
	ClientResourcesBuilderCustomizer murmurRedisReconnectSoon() {
		return (resources) -> resources
			.reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS));
	}

}
