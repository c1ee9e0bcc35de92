package social.murmur.gateway.network;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IpAddressesTest {

	@Test
	void parsesIpv4AndIpv6Literals() {
		assertThat(IpAddresses.parse("203.0.113.9"))
			.hasValueSatisfying((address) -> assertThat(address.getHostAddress()).isEqualTo("203.0.113.9"));
		assertThat(IpAddresses.parse("[2001:db8::1]"))
			.hasValueSatisfying((address) -> assertThat(address.getHostAddress()).isEqualTo("2001:db8:0:0:0:0:0:1"));
		assertThat(IpAddresses.parse(" fe80::1%eth0 ")).isPresent();
	}

	@Test
	void refusesHostNamesWithoutLookingThemUp() {
		assertThat(IpAddresses.parse("localhost")).isEmpty();
		assertThat(IpAddresses.parse("example.com")).isEmpty();
		assertThat(IpAddresses.parse("unknown")).isEmpty();
	}

	@Test
	void refusesMalformedLiterals() {
		assertThat(IpAddresses.parse("256.1.1.1")).isEmpty();
		assertThat(IpAddresses.parse("1.2.3")).isEmpty();
		assertThat(IpAddresses.parse("1:2:3:4:5:6:7:8:9")).isEmpty();
		assertThat(IpAddresses.parse("")).isEmpty();
	}

}
