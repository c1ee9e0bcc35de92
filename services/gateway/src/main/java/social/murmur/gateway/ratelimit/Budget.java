package social.murmur.gateway.ratelimit;

import social.murmur.gateway.GatewayProperties.Limit;

/**
 * The budget a request is counted against.
 *
 * @param name which limit ({@code sign-up}, {@code sign-in}, {@code authenticated},
 * {@code anonymous})
 * @param limit how many requests a window allows
 * @param subject whose requests are counted: {@code ip:<address>} or
 * {@code token:<sha256>}
 */
record Budget(String name, Limit limit, String subject) {

	String key(RateWindow window) {
		return "gateway:ratelimit:" + this.name + ":" + this.subject + ":" + window.index();
	}

}
