package social.murmur.gateway.identity;

import java.util.Collections;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityHeadersTest {

	@Test
	void hidesAnIdentityTheClientSentInAnySpelling() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("x-murmur-IDENTITY", "forged");
		request.addHeader("Accept", "application/json");

		HttpServletRequest wrapped = IdentityHeaders.anonymous(request);

		assertThat(wrapped.getHeader("X-Murmur-Identity")).isNull();
		assertThat(Collections.list(wrapped.getHeaders("x-murmur-identity"))).isEmpty();
		assertThat(Collections.list(wrapped.getHeaderNames())).containsExactly("Accept");
	}

	@Test
	void keepsANonBearerAuthorization() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Authorization", "Basic Y2xpZW50OnNlY3JldA==");

		assertThat(IdentityHeaders.anonymous(request).getHeader("Authorization"))
			.isEqualTo("Basic Y2xpZW50OnNlY3JldA==");
	}

	@Test
	void replacesTheBearerTokenWithTheSignedIdentity() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Authorization", "Bearer secret");
		request.addHeader("X-Murmur-Identity", "forged");

		HttpServletRequest wrapped = IdentityHeaders.signedIn(request, "signed");

		assertThat(wrapped.getHeader("authorization")).isNull();
		assertThat(wrapped.getHeader("x-murmur-identity")).isEqualTo("signed");
		assertThat(Collections.list(wrapped.getHeaders("X-Murmur-Identity"))).containsExactly("signed");
		assertThat(Collections.list(wrapped.getHeaderNames())).containsExactly("X-Murmur-Identity");
	}

}
