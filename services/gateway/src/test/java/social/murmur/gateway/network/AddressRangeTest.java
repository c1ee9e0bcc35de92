package social.murmur.gateway.network;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AddressRangeTest {

	@Test
	void containsAddressesInsideAnIpv4Block() {
		AddressRange range = AddressRange.parse("10.0.0.0/8");

		assertThat(range.contains(address("10.1.2.3"))).isTrue();
		assertThat(range.contains(address("11.0.0.1"))).isFalse();
	}

	@Test
	void comparesPartialBytesOfThePrefix() {
		AddressRange range = AddressRange.parse("172.16.0.0/12");

		assertThat(range.contains(address("172.31.255.255"))).isTrue();
		assertThat(range.contains(address("172.32.0.0"))).isFalse();
	}

	@Test
	void treatsASingleAddressAsABlockOfOne() {
		AddressRange range = AddressRange.parse("127.0.0.1");

		assertThat(range.contains(address("127.0.0.1"))).isTrue();
		assertThat(range.contains(address("127.0.0.2"))).isFalse();
	}

	@Test
	void containsAddressesInsideAnIpv6Block() {
		AddressRange range = AddressRange.parse("fd00::/8");

		assertThat(range.contains(address("fd12:3456::1"))).isTrue();
		assertThat(range.contains(address("fe80::1"))).isFalse();
		assertThat(range.contains(address("10.0.0.1"))).isFalse();
	}

	@Test
	void rejectsSettingsThatAreNotAddresses() {
		assertThatIllegalArgumentException().isThrownBy(() -> AddressRange.parse("nginx.internal"))
			.withMessageContaining("nginx.internal");
		assertThatIllegalArgumentException().isThrownBy(() -> AddressRange.parse("10.0.0.0/33"));
		assertThatIllegalArgumentException().isThrownBy(() -> AddressRange.parse("10.0.0.0/x"));
	}

	private static InetAddress address(String text) {
		return IpAddresses.parse(text).orElseThrow();
	}

}
