package social.murmur.gateway.cors;

import org.junit.jupiter.api.Test;
import social.murmur.gateway.AbstractGatewayIT;
import social.murmur.gateway.GatewayClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class CorsIT extends AbstractGatewayIT {

	@Test
	void answersPreflightsItselfForAnyOrigin() {
		int before = SERVICES.requestCount("posts");

		Reply reply = this.gateway.call("OPTIONS", "/api/v1/statuses")
			.header("Origin", "https://app.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
			.send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(reply.header("Access-Control-Allow-Methods")).contains("POST");
		assertThat(reply.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization")
			.containsIgnoringCase("content-type")
			.containsIgnoringCase("idempotency-key");
		assertThat(SERVICES.requestCount("posts")).isEqualTo(before);
	}

	@Test
	void answersPreflightsForTheOAuthTokenEndpoint() {
		Reply reply = this.gateway.call("OPTIONS", "/oauth/token")
			.header("Origin", "https://app.example")
			.header("Access-Control-Request-Method", "POST")
			.send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
	}

	@Test
	void letsBrowsersReadLinkAndRateLimitHeaders() {
		Reply reply = this.gateway.get("/api/v1/timelines/public")
			.from(newClientAddress())
			.header("Origin", "https://app.example")
			.send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(reply.header("Access-Control-Expose-Headers")).contains("Link", "X-RateLimit-Remaining");
	}

	@Test
	void letsBrowsersReadErrorsToo() {
		Reply reply = this.gateway.get("/api/v1/timelines/home")
			.bearer("not-a-token")
			.header("Origin", "https://app.example")
			.send();

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
	}

}
