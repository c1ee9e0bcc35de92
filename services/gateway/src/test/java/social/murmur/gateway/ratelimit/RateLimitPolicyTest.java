package social.murmur.gateway.ratelimit;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import social.murmur.gateway.GatewayProperties;
import social.murmur.gateway.GatewayProperties.Limit;
import social.murmur.gateway.GatewayProperties.RateLimits;
import social.murmur.gateway.network.ClientAddresses;
import social.murmur.gateway.support.BearerToken;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitPolicyTest {

	private static final Limit SIGN_UP = new Limit(10, Duration.ofMinutes(30));

	private static final Limit SIGN_IN = new Limit(25, Duration.ofMinutes(5));

	private static final Limit AUTHENTICATED = new Limit(300, Duration.ofMinutes(5));

	private static final Limit ANONYMOUS = new Limit(200, Duration.ofMinutes(5));

	private final RateLimitPolicy policy;

	RateLimitPolicyTest() {
		GatewayProperties properties = new GatewayProperties(
				new GatewayProperties.Services(URI.create("http://auth"), URI.create("http://users"),
						URI.create("http://posts"), URI.create("http://feed"), URI.create("http://notifications"),
						URI.create("http://interactions"), URI.create("http://media")),
				new RateLimits(true, SIGN_UP, SIGN_IN, AUTHENTICATED, ANONYMOUS), List.of("127.0.0.1"),
				DataSize.ofMegabytes(40), Duration.ofMinutes(1), Duration.ofMinutes(1),
				new GatewayProperties.Streaming(null, Duration.ofSeconds(2), Duration.ofSeconds(10),
						DataSize.ofKilobytes(512), DataSize.ofMegabytes(1), Duration.ofMinutes(1)));
		this.policy = new RateLimitPolicy(properties, new ClientAddresses(properties));
	}

	@Test
	void countsSignUpsPerClientAddress() {
		assertThat(budget("POST", "/api/v1/accounts", "Bearer app-token"))
			.hasValue(new Budget("sign-up", SIGN_UP, "ip:203.0.113.9"));
	}

	@Test
	void countsSignInsPerClientAddress() {
		assertThat(budget("POST", "/oauth/token", null)).hasValue(new Budget("sign-in", SIGN_IN, "ip:203.0.113.9"));
		assertThat(budget("POST", "/oauth/authorize", null)).map(Budget::name).hasValue("sign-in");
	}

	@Test
	void countsOtherCallsWithATokenPerToken() {
		assertThat(budget("GET", "/api/v1/timelines/home", "Bearer secret"))
			.hasValue(new Budget("authenticated", AUTHENTICATED, "token:" + new BearerToken("secret").digest()));
	}

	@Test
	void countsOtherCallsWithoutATokenPerAddress() {
		assertThat(budget("GET", "/api/v1/accounts/1", null))
			.hasValue(new Budget("anonymous", ANONYMOUS, "ip:203.0.113.9"));
		assertThat(budget("GET", "/api/v1/accounts", "Basic Y2xpZW50OnNlY3JldA==")).map(Budget::name)
			.hasValue("anonymous");
		assertThat(budget("GET", "/nodeinfo/2.0", null)).map(Budget::name).hasValue("anonymous");
	}

	@Test
	void matchesPathsAsTheRoutesDoSoEncodingsCannotDodgeALimit() {
		assertThat(budget("POST", "/oauth/%74oken", null)).map(Budget::name).hasValue("sign-in");
		assertThat(budget("POST", "/api/v1/accounts;jsessionid=1", null)).map(Budget::name).hasValue("sign-up");
	}

	@Test
	void leavesTheGatewaysOwnPathsUncounted() {
		assertThat(budget("GET", "/avatars/original/missing.png", null)).isEmpty();
		assertThat(budget("GET", "/actuator/health", null)).isEmpty();
	}

	private Optional<Budget> budget(String method, String path, @Nullable String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr("127.0.0.1");
		request.addHeader("X-Forwarded-For", "203.0.113.9");
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return this.policy.budgetFor(request);
	}

}
