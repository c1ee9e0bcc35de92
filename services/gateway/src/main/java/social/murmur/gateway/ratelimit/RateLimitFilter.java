package social.murmur.gateway.ratelimit;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import social.murmur.gateway.GatewayProperties;
import social.murmur.gateway.support.ErrorResponses;
import social.murmur.gateway.support.FilterOrders;

/**
 * Counts each API request against its budget, says how much is left in the
 * {@code X-RateLimit-*} headers Mastodon clients read, and refuses with 429 once the
 * budget is spent.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter implements Ordered {

	static final String LIMIT = "X-RateLimit-Limit";

	static final String REMAINING = "X-RateLimit-Remaining";

	static final String RESET = "X-RateLimit-Reset";

	/** Mastodon's format, for example {@code 2019-07-22T17:55:00.000Z}. */
	private static final DateTimeFormatter RESET_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final boolean enabled;

	private final RateLimitPolicy policy;

	private final RateLimiter limiter;

	private final Clock clock;

	RateLimitFilter(GatewayProperties properties, RateLimitPolicy policy, RateLimiter limiter, Clock clock) {
		this.enabled = properties.rateLimits().enabled();
		this.policy = policy;
		this.limiter = limiter;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.enabled;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Budget> budget = this.policy.budgetFor(request);
		if (budget.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Decision decision = this.limiter.consume(budget.get());
		response.setHeader(LIMIT, Integer.toString(decision.limit()));
		response.setHeader(REMAINING, Integer.toString(decision.remaining()));
		response.setHeader(RESET, RESET_FORMAT.format(decision.resetsAt()));
		if (!decision.allowed()) {
			long seconds = Math.max(1, decision.resetsAt().getEpochSecond() - this.clock.instant().getEpochSecond());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			ErrorResponses.write(response, 429, "Too many requests");
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	public int getOrder() {
		return FilterOrders.RATE_LIMIT;
	}

}
