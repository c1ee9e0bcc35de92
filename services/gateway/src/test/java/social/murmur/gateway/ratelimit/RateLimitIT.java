package social.murmur.gateway.ratelimit;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import social.murmur.gateway.AbstractGatewayIT;
import social.murmur.gateway.GatewayClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/** Limits here: 3 sign-ups and 3 sign-ins, 30 calls per token or per address, per day. */
class RateLimitIT extends AbstractGatewayIT {

	@Test
	void saysHowMuchOfTheBudgetIsLeft() {
		String client = newClientAddress();

		Reply first = this.gateway.get("/api/v1/timelines/public").from(client).send();
		Reply second = this.gateway.get("/api/v1/timelines/public").from(client).send();

		assertThat(first.header("X-RateLimit-Limit")).isEqualTo("30");
		assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("29");
		assertThat(second.header("X-RateLimit-Remaining")).isEqualTo("28");
		assertThat(Instant.parse(first.header("X-RateLimit-Reset"))).isAfter(Instant.now());
	}

	@Test
	void refusesSignUpsOverTheLimitPerAddress() {
		String client = newClientAddress();
		for (int i = 0; i < 3; i++) {
			assertThat(signUp(client).status()).isEqualTo(200);
		}
		int before = SERVICES.requestCount("auth");

		Reply refused = signUp(client);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.error()).isEqualTo("Too many requests");
		assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("3");
		assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(refused.header("X-RateLimit-Reset")).isNotNull();
		assertThat(refused.header("Retry-After")).isNotNull();
		assertThat(SERVICES.requestCount("auth")).isEqualTo(before);
		assertThat(signUp(newClientAddress()).status()).isEqualTo(200);
	}

	@Test
	void refusesSignInsOverTheLimitPerAddress() {
		String client = newClientAddress();
		for (int i = 0; i < 3; i++) {
			this.gateway.post("/oauth/token")
				.from(client)
				.body("application/x-www-form-urlencoded", "grant_type=password")
				.send();
		}

		Reply refused = this.gateway.post("/oauth/token")
			.from(client)
			.body("application/x-www-form-urlencoded", "grant_type=password")
			.send();

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("3");
	}

	@Test
	void countsAuthenticatedCallsPerTokenWhereverTheyComeFrom() {
		String token = newToken(505, "read");
		for (int i = 0; i < 30; i++) {
			assertThat(
					this.gateway.get("/api/v1/timelines/home").bearer(token).from(newClientAddress()).send().status())
				.isEqualTo(200);
		}

		Reply refused = this.gateway.get("/api/v1/timelines/home").bearer(token).from(newClientAddress()).send();

		assertThat(refused.status()).isEqualTo(429);
		assertThat(this.gateway.get("/api/v1/timelines/home").bearer(newToken(506, "read")).send().status())
			.isEqualTo(200);
	}

	@Test
	void countsAnonymousCallsPerAddress() {
		String client = newClientAddress();
		for (int i = 0; i < 30; i++) {
			this.gateway.get("/api/v1/instance").from(client).send();
		}

		assertThat(this.gateway.get("/api/v1/instance").from(client).send().status()).isEqualTo(429);
		assertThat(this.gateway.get("/api/v1/instance").from(newClientAddress()).send().status()).isEqualTo(200);
	}

	@Test
	void doesNotCountTheGatewaysOwnImages() {
		Reply reply = this.gateway.get("/avatars/original/missing.png").send();

		assertThat(reply.header("X-RateLimit-Limit")).isNull();
	}

	private Reply signUp(String client) {
		return this.gateway.post("/api/v1/accounts")
			.from(client)
			.body("application/json", "{\"username\":\"alice\",\"password\":\"secret\",\"agreement\":true}")
			.send();
	}

}
