package social.murmur.gateway.support;

import org.springframework.core.Ordered;

/**
 * The order of the gateway's servlet filters, in one place because each depends on the
 * one before: CORS first so that even a refusal carries CORS headers a browser can read,
 * then the checks that refuse malformed requests, then rate limits (before token
 * resolution, so a flood of requests never reaches auth), then identity.
 */
public final class FilterOrders {

	public static final int CORS = Ordered.HIGHEST_PRECEDENCE + 20;

	public static final int REQUEST_CHECKS = Ordered.HIGHEST_PRECEDENCE + 30;

	public static final int RATE_LIMIT = Ordered.HIGHEST_PRECEDENCE + 40;

	public static final int IDENTITY = Ordered.HIGHEST_PRECEDENCE + 50;

	private FilterOrders() {
	}

}
