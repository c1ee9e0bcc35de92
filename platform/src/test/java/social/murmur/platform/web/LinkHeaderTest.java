package social.murmur.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LinkHeaderTest {

	@Test
	void nextPointsOlderAndPrevPointsNewerKeepingOtherParameters() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/timelines/home");
		request.addParameter("limit", "2");
		request.addParameter("max_id", "500");
		String header = LinkHeader.of("https://murmur.example", request, "400", "300");
		assertThat(header).isEqualTo("<https://murmur.example/api/v1/timelines/home?limit=2&max_id=300>; rel=\"next\", "
				+ "<https://murmur.example/api/v1/timelines/home?limit=2&min_id=400>; rel=\"prev\"");
	}

	@Test
	void keepsAnEncodedPathAsSentAndEncodesParametersOnce() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/timelines/tag/caf%C3%A9");
		request.addParameter("any[]", "a b");
		request.addParameter("since_id", "5");
		String header = LinkHeader.of("https://murmur.example", request, "9", "7");
		assertThat(header).isEqualTo(
				"<https://murmur.example/api/v1/timelines/tag/caf%C3%A9?any%5B%5D=a%20b&max_id=7>; rel=\"next\", "
						+ "<https://murmur.example/api/v1/timelines/tag/caf%C3%A9?any%5B%5D=a%20b&min_id=9>; rel=\"prev\"");
	}

}
