package social.murmur.gateway.support;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import social.murmur.platform.identity.Identity;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingHandshakeTest {

	@Test
	void findsTheHandshakesTokenInTheQuery() {
		MockHttpServletRequest request = handshake();
		request.setParameter("access_token", "from-query");
		request.addHeader("Sec-WebSocket-Protocol", "from-protocol");

		assertThat(BearerToken.of(request)).hasValue(new BearerToken("from-query"));
	}

	@Test
	void findsTheHandshakesTokenInTheFirstSubprotocol() {
		MockHttpServletRequest request = handshake();
		request.addHeader("Sec-WebSocket-Protocol", "from-protocol, other");

		assertThat(BearerToken.of(request)).hasValue(new BearerToken("from-protocol"));
	}

	@Test
	void prefersTheAuthorizationHeader() {
		MockHttpServletRequest request = handshake();
		request.addHeader("Authorization", "Bearer from-header");
		request.setParameter("access_token", "from-query");

		assertThat(BearerToken.of(request)).hasValue(new BearerToken("from-header"));
	}

	@Test
	void readsTheQueryTokenOnlyOnTheHandshake() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/timelines/home");
		request.setParameter("access_token", "from-query");
		MockHttpServletRequest post = new MockHttpServletRequest("POST", StreamingHandshake.PATH);
		post.setParameter("access_token", "from-query");

		assertThat(BearerToken.of(request)).isEmpty();
		assertThat(BearerToken.of(post)).isEmpty();
		assertThat(BearerToken.of(handshake())).isEmpty();
	}

	@Test
	void namesThePlatformsIdentityHeader() {
		assertThat(SignedIdentity.HEADER).isEqualTo(Identity.HEADER);
	}

	private static MockHttpServletRequest handshake() {
		return new MockHttpServletRequest("GET", StreamingHandshake.PATH);
	}

}
