package social.murmur.gateway;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import social.murmur.gateway.GatewayProperties.Limit;
import social.murmur.gateway.GatewayProperties.RateLimits;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GatewayPropertiesTest {

	private static final Limit LIMIT = new Limit(300, Duration.ofMinutes(5));

	@Test
	void refusesALimitThatAllowsNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Limit(0, Duration.ofMinutes(5)));
	}

	@Test
	void refusesAPeriodShorterThanASecond() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Limit(10, Duration.ofMillis(500)));
	}

	@Test
	void namesTheSettingOfAMissingBudget() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimits(true, null, LIMIT, LIMIT, LIMIT))
			.withMessageContaining("murmur.gateway.rate-limits.sign-up");
	}

}
