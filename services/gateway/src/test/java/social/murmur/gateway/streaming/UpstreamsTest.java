package social.murmur.gateway.streaming;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UpstreamsTest {

	@Test
	void passesOnTheQueryWithoutTheToken() {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		parameters.put("stream", new String[] { "user:notification" });
		parameters.put("access_token", new String[] { "secret" });
		parameters.put("tag", new String[] { "café au lait" });

		assertThat(Upstreams.query(parameters)).isEqualTo("?stream=user%3Anotification&tag=caf%C3%A9%20au%20lait");
	}

	@Test
	void sendsNoQueryWhenOnlyTheTokenWasGiven() {
		assertThat(Upstreams.query(Map.of("access_token", new String[] { "secret" }))).isEmpty();
	}

}
