package social.murmur.gateway.ratelimit;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import social.murmur.gateway.GatewayProperties;
import social.murmur.gateway.GatewayProperties.RateLimits;
import social.murmur.gateway.network.ClientAddresses;
import social.murmur.gateway.support.BearerToken;

/**
 * Which budget a request counts against, as Mastodon throttles: sign-up and sign-in per
 * client address, other API calls per token when they carry one and per address when not.
 * Each request counts against one budget. Paths are matched as the routes match them
 * (Spring's path patterns on the raw path), so that no spelling of a path reaches a
 * service without being counted.
 */
@Component
class RateLimitPolicy {

	private static final PathPattern SIGN_UP = pattern("/api/v1/accounts");

	private static final List<PathPattern> SIGN_IN = List.of(pattern("/oauth/token"), pattern("/oauth/authorize"));

	private static final List<PathPattern> API = List.of(pattern("/api/**"), pattern("/oauth/**"),
			pattern("/nodeinfo/**"), pattern("/.well-known/**"));

	private final RateLimits limits;

	private final ClientAddresses clientAddresses;

	RateLimitPolicy(GatewayProperties properties, ClientAddresses clientAddresses) {
		this.limits = properties.rateLimits();
		this.clientAddresses = clientAddresses;
	}

	Optional<Budget> budgetFor(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		boolean post = "POST".equals(request.getMethod());
		if (post && SIGN_UP.matches(path)) {
			return Optional.of(new Budget("sign-up", this.limits.signUp(), client(request)));
		}
		if (post && SIGN_IN.stream().anyMatch((pattern) -> pattern.matches(path))) {
			return Optional.of(new Budget("sign-in", this.limits.signIn(), client(request)));
		}
		if (API.stream().noneMatch((pattern) -> pattern.matches(path))) {
			return Optional.empty();
		}
		return BearerToken.of(request)
			.map((token) -> new Budget("authenticated", this.limits.authenticated(), "token:" + token.digest()))
			.or(() -> Optional.of(new Budget("anonymous", this.limits.anonymous(), client(request))));
	}

	private String client(HttpServletRequest request) {
		return "ip:" + ClientAddresses.throttlingKey(this.clientAddresses.clientAddress(request));
	}

	private static PathPattern pattern(String pattern) {
		return PathPatternParser.defaultInstance.parse(pattern);
	}

}
