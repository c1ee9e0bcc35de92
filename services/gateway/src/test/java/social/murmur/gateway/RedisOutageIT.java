package social.murmur.gateway;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import social.murmur.gateway.GatewayClient.Reply;
import social.murmur.platform.identity.Identity;
import social.murmur.testsupport.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway without Redis: slower (every token goes to auth) and without rate limits,
 * but still serving. Stops the shared Redis, so it starts it again before it ends.
 */
class RedisOutageIT extends AbstractGatewayIT {

	@Autowired
	private StringRedisTemplate redis;

	@Test
	void keepsRoutingAndResolvingTokensWhileRedisIsDown() {
		String token = newToken(606, "read");
		SharedInfrastructure.stopRedis();
		try {
			long started = System.nanoTime();
			Reply anonymous = this.gateway.get("/api/v1/timelines/public").from(newClientAddress()).send();
			Reply first = this.gateway.get("/api/v1/timelines/home").bearer(token).send();
			Reply second = this.gateway.get("/api/v1/timelines/home").bearer(token).send();
			long millis = (System.nanoTime() - started) / 1_000_000;

			assertThat(anonymous.status()).isEqualTo(200);
			assertThat(anonymous.header("X-RateLimit-Limit")).isEqualTo("30");
			assertThat(first.status()).isEqualTo(200);
			assertThat(second.echo().header(Identity.HEADER)).isNotNull();
			// Without the shared cache the instance's own memory still saves asking
			// again.
			assertThat(AUTH.calls(token)).isEqualTo(1);
			assertThat(millis).isLessThan(8000);
		}
		finally {
			SharedInfrastructure.startRedis();
			// Lettuce reconnects on its own; later tests need it to have done so.
			await().atMost(Duration.ofSeconds(30))
				.ignoreExceptions()
				.until(() -> "PONG".equals(this.redis.execute((connection) -> connection.ping(), true)));
		}
	}

}
