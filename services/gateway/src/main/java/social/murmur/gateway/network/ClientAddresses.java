package social.murmur.gateway.network;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import social.murmur.gateway.GatewayProperties;

/**
 * Finds the client's address. The socket's peer is the client unless it is one of the
 * configured trusted proxies; then {@code X-Forwarded-For} is read from the right, past
 * every trusted proxy, and the first address not trusted is the client. Anything left of
 * it was written by the client itself and proves nothing.
 */
@Component
public class ClientAddresses {

	/** The header proxies append the address they received a request from to. */
	public static final String X_FORWARDED_FOR = "X-Forwarded-For";

	private final List<AddressRange> trustedProxies;

	@Autowired
	public ClientAddresses(GatewayProperties properties) {
		this(properties.trustedProxies().stream().map(AddressRange::parse).toList());
	}

	ClientAddresses(List<AddressRange> trustedProxies) {
		this.trustedProxies = List.copyOf(trustedProxies);
	}

	/** The client address of a request, as text. */
	public String clientAddress(HttpServletRequest request) {
		return clientAddress(request.getRemoteAddr(), forwardedFor(request));
	}

	/**
	 * The {@code X-Forwarded-For} to send to a service: the incoming chain when the peer
	 * is a trusted proxy, followed by the peer. A chain from anyone else is dropped, so
	 * that services can believe the header the gateway sends.
	 */
	public String forwardedForHeader(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		if (!isTrusted(peer)) {
			return peer;
		}
		List<String> chain = new ArrayList<>(forwardedFor(request));
		chain.add(peer);
		return String.join(", ", chain);
	}

	/** Whether the given address is one of the trusted proxies. */
	public boolean isTrusted(String address) {
		return !this.trustedProxies.isEmpty() && IpAddresses.parse(address)
			.map((parsed) -> this.trustedProxies.stream().anyMatch((range) -> range.contains(parsed)))
			.orElse(false);
	}

	String clientAddress(String peer, List<String> forwardedFor) {
		if (!isTrusted(peer)) {
			return peer;
		}
		String client = peer;
		List<String> hops = new ArrayList<>(forwardedFor);
		Collections.reverse(hops);
		for (String hop : hops) {
			if (IpAddresses.parse(hop).isEmpty()) {
				// A trusted proxy writes addresses; junk came from the client, so the
				// last
				// trusted hop's view is the best we know.
				return client;
			}
			client = hop;
			if (!isTrusted(hop)) {
				return hop;
			}
		}
		return client;
	}

	/**
	 * The key to count a client's requests by: its address, or for IPv6 its /64 network,
	 * since one host commonly holds a whole /64 and could otherwise hop between addresses
	 * to escape a rate limit.
	 */
	public static String throttlingKey(String address) {
		return IpAddresses.parse(address).map((parsed) -> {
			if (parsed instanceof Inet6Address) {
				byte[] bytes = Arrays.copyOf(parsed.getAddress(), 16);
				Arrays.fill(bytes, 8, 16, (byte) 0);
				return masked(bytes) + "/64";
			}
			return parsed.getHostAddress();
		}).orElse(address);
	}

	private static String masked(byte[] bytes) {
		try {
			return InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> forwardedFor(HttpServletRequest request) {
		List<String> hops = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders(X_FORWARDED_FOR))) {
			for (String hop : header.split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.strip());
				}
			}
		}
		return hops;
	}

}
