package social.murmur.gateway.network;

import java.net.InetAddress;

/**
 * A block of addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}); a single
 * address is a block of one.
 *
 * @param network the block's first address
 * @param prefixLength how many leading bits every address in the block shares
 */
public record AddressRange(InetAddress network, int prefixLength) {

	public AddressRange {
		int bits = network.getAddress().length * 8;
		if (prefixLength < 0 || prefixLength > bits) {
			throw new IllegalArgumentException("Prefix length " + prefixLength + " is outside 0.." + bits);
		}
	}

	/**
	 * Parses {@code address} or {@code address/prefix}; fails with a message naming the
	 * setting's value when it is neither.
	 */
	public static AddressRange parse(String text) {
		String value = text.strip();
		int slash = value.indexOf('/');
		String address = (slash >= 0) ? value.substring(0, slash) : value;
		InetAddress network = IpAddresses.parse(address)
			.orElseThrow(() -> new IllegalArgumentException("Not an IP address or CIDR range: '" + text + "'"));
		int bits = network.getAddress().length * 8;
		if (slash < 0) {
			return new AddressRange(network, bits);
		}
		try {
			return new AddressRange(network, Integer.parseInt(value.substring(slash + 1)));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Not an IP address or CIDR range: '" + text + "'", ex);
		}
	}

	public boolean contains(InetAddress address) {
		byte[] candidate = address.getAddress();
		byte[] block = this.network.getAddress();
		if (candidate.length != block.length) {
			return false;
		}
		int fullBytes = this.prefixLength / 8;
		for (int i = 0; i < fullBytes; i++) {
			if (candidate[i] != block[i]) {
				return false;
			}
		}
		int remainingBits = this.prefixLength % 8;
		if (remainingBits == 0) {
			return true;
		}
		int mask = (0xFF << (8 - remainingBits)) & 0xFF;
		return (candidate[fullBytes] & mask) == (block[fullBytes] & mask);
	}

	@Override
	public String toString() {
		return this.network.getHostAddress() + "/" + this.prefixLength;
	}

}
