package social.murmur.users.web;

import java.net.URI;
import java.util.Locale;

/**
 * What the public address ({@code murmur.public-url}) implies for the documents we serve.
 */
public final class PublicAddress {

	private PublicAddress() {
	}

	/**
	 * The WebFinger domain: the host, with the port when the address has one, such as
	 * {@code murmur.example} or {@code localhost:8080}.
	 */
	public static String domain(String publicUrl) {
		URI uri = URI.create(publicUrl);
		String host = (uri.getHost() != null) ? uri.getHost() : publicUrl;
		return ((uri.getPort() != -1) ? host + ":" + uri.getPort() : host).toLowerCase(Locale.ROOT);
	}

	/**
	 * The streaming API's WebSocket address: the public address with {@code ws} for
	 * {@code http} and {@code wss} for {@code https}.
	 */
	public static String streaming(String publicUrl) {
		String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		if (base.regionMatches(true, 0, "https://", 0, 8)) {
			return "wss://" + base.substring(8);
		}
		if (base.regionMatches(true, 0, "http://", 0, 7)) {
			return "ws://" + base.substring(7);
		}
		return base;
	}

}
