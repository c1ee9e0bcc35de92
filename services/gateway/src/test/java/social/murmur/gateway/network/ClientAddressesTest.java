package social.murmur.gateway.network;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

	private final ClientAddresses behindProxies = new ClientAddresses(
			List.of(AddressRange.parse("127.0.0.1"), AddressRange.parse("10.0.0.0/8")));

	private final ClientAddresses direct = new ClientAddresses(List.of());

	@Test
	void takesThePeerWhenNoProxyIsTrusted() {
		assertThat(this.direct.clientAddress("198.51.100.1", List.of("203.0.113.9"))).isEqualTo("198.51.100.1");
	}

	@Test
	void ignoresForwardedForFromAnUntrustedPeer() {
		assertThat(this.behindProxies.clientAddress("198.51.100.1", List.of("203.0.113.9"))).isEqualTo("198.51.100.1");
	}

	@Test
	void believesForwardedForFromATrustedProxy() {
		assertThat(this.behindProxies.clientAddress("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
	}

	@Test
	void readsTheChainFromTheRightPastEveryTrustedProxy() {
		// The client wrote the first entry itself; 10.0.0.5 is an inner load balancer.
		assertThat(this.behindProxies.clientAddress("127.0.0.1", List.of("1.1.1.1", "203.0.113.9", "10.0.0.5")))
			.isEqualTo("203.0.113.9");
	}

	@Test
	void stopsAtJunkInTheChain() {
		assertThat(this.behindProxies.clientAddress("127.0.0.1", List.of("203.0.113.9", "evil", "10.0.0.5")))
			.isEqualTo("10.0.0.5");
	}

	@Test
	void takesThePeerWhenATrustedProxySendsNoChain() {
		assertThat(this.behindProxies.clientAddress("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
	}

	@Test
	void readsEveryForwardedForHeaderOfARequest() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("127.0.0.1");
		request.addHeader("X-Forwarded-For", "203.0.113.9, 10.0.0.7");
		request.addHeader("X-Forwarded-For", "10.0.0.5");

		assertThat(this.behindProxies.clientAddress(request)).isEqualTo("203.0.113.9");
		assertThat(this.behindProxies.forwardedForHeader(request))
			.isEqualTo("203.0.113.9, 10.0.0.7, 10.0.0.5, 127.0.0.1");
	}

	@Test
	void sendsOnlyThePeerWhenItIsNotTrusted() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("198.51.100.1");
		request.addHeader("X-Forwarded-For", "203.0.113.9");

		assertThat(this.behindProxies.forwardedForHeader(request)).isEqualTo("198.51.100.1");
	}

	@Test
	void throttlesIpv6ClientsByTheirSlash64() {
		assertThat(ClientAddresses.throttlingKey("2001:db8:1:2:aaaa::1"))
			.isEqualTo(ClientAddresses.throttlingKey("2001:db8:1:2:bbbb::9"))
			.isEqualTo("2001:db8:1:2:0:0:0:0/64");
		assertThat(ClientAddresses.throttlingKey("203.0.113.9")).isEqualTo("203.0.113.9");
	}

}
