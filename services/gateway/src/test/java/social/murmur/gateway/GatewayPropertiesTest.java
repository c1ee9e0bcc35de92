package social.murmur.gateway;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import social.murmur.gateway.GatewayProperties.Limit;
import social.murmur.gateway.GatewayProperties.RateLimits;
import social.murmur.gateway.GatewayProperties.Streaming;

import static org.assertj.core.api.Assertions.assertThat;
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

	@Test
	void opensStreamsAtNotificationsHttpAddressUnlessToldOtherwise() {
		Streaming defaults = new Streaming(null, Duration.ofSeconds(2), Duration.ofSeconds(10),
				DataSize.ofKilobytes(512), DataSize.ofMegabytes(1), Duration.ofMinutes(1));
		Streaming elsewhere = new Streaming(URI.create("wss://streaming.internal:9443/"), Duration.ofSeconds(2),
				Duration.ofSeconds(10), DataSize.ofKilobytes(512), DataSize.ofMegabytes(1), Duration.ofMinutes(1));

		assertThat(defaults.upstream(URI.create("http://notifications:8085"))).hasToString("ws://notifications:8085");
		assertThat(defaults.upstream(URI.create("https://notifications/base/")))
			.hasToString("wss://notifications/base");
		assertThat(elsewhere.upstream(URI.create("http://notifications:8085")))
			.hasToString("wss://streaming.internal:9443");
	}

}
