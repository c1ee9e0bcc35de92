package social.murmur.gateway.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses IP address literals without ever asking DNS: {@code X-Forwarded-For} is client
 * input, and {@link InetAddress#getByName} would resolve a host name in it.
 */
public final class IpAddresses {

	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

	private IpAddresses() {
	}

	/** The address in an IPv4 or IPv6 literal ({@code [::1]} and zone ids allowed). */
	public static Optional<InetAddress> parse(String text) {
		String literal = text.strip();
		if (literal.startsWith("[") && literal.endsWith("]")) {
			literal = literal.substring(1, literal.length() - 1);
		}
		int zone = literal.indexOf('%');
		if (zone >= 0) {
			literal = literal.substring(0, zone);
		}
		Matcher ipv4 = IPV4.matcher(literal);
		if (ipv4.matches()) {
			byte[] bytes = new byte[4];
			for (int i = 0; i < 4; i++) {
				int part = Integer.parseInt(ipv4.group(i + 1));
				if (part > 255) {
					return Optional.empty();
				}
				bytes[i] = (byte) part;
			}
			return address(bytes);
		}
		// Only hex digits, colons and dots: the JDK treats such a string as a literal and
		// does no lookup.
		if (literal.indexOf(':') >= 0 && IPV6.matcher(literal).matches()) {
			try {
				return Optional.of(InetAddress.getByName(literal));
			}
			catch (UnknownHostException ex) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static Optional<InetAddress> address(byte[] bytes) {
		try {
			return Optional.of(InetAddress.getByAddress(bytes));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

}
