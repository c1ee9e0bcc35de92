package social.murmur.gateway.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import social.murmur.gateway.GatewayProperties;
import social.murmur.gateway.support.BearerToken;
import social.murmur.gateway.support.ErrorResponses;
import social.murmur.gateway.support.FilterOrders;
import social.murmur.platform.logging.OccasionalWarning;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.identity.InternalTokens;

/**
 * Replaces the client's credentials with an identity the services can verify. Any
 * {@code X-Murmur-Identity} a client sends is dropped, always. A bearer token is
 * resolved; a good one is swapped for a signed identity, a bad one is refused with 401.
 * Other {@code Authorization} schemes (Basic, for the OAuth token endpoint) pass through
 * for the service to judge.
 */
@Component
class IdentityHeaderFilter extends OncePerRequestFilter implements Ordered {

	private static final Logger logger = LoggerFactory.getLogger(IdentityHeaderFilter.class);

	/** How many signed identities are kept for reuse. */
	static final int SIGNED_IDENTITIES = 100_000;

	private final OccasionalWarning authDown = new OccasionalWarning(logger, Duration.ofMinutes(1));

	private final TokenResolver resolver;

	private final InternalTokens tokens;

	private final Duration identityLifetime;

	/**
	 * Signed identities reused for half their lifetime, so that a client's requests cost
	 * one signature (and each service one verification) per half minute, not one each.
	 * Keyed by the identity, it only skips signing: whether a request may pass at all is
	 * still decided per request from its token.
	 */
	private final Cache<Identity, String> signed;

	private final Clock clock;

	IdentityHeaderFilter(TokenResolver resolver, InternalTokens tokens, GatewayProperties properties, Clock clock) {
		this.resolver = resolver;
		this.tokens = tokens;
		this.identityLifetime = properties.identityLifetime();
		this.clock = clock;
		this.signed = Caffeine.newBuilder()
			.maximumSize(SIGNED_IDENTITIES)
			.expireAfterWrite(this.identityLifetime.dividedBy(2))
			// Upkeep on the calling thread, not a pool thread woken per write (ADR 0012).
			.executor(Runnable::run)
			.build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<BearerToken> bearer = BearerToken.of(request);
		if (bearer.isEmpty()) {
			chain.doFilter(IdentityHeaders.anonymous(request), response);
			return;
		}
		ResolvedToken token;
		try {
			token = this.resolver.resolve(bearer.get());
		}
		catch (AuthUnavailableException ex) {
			this.authDown.warn("Tokens cannot be resolved", ex.getCause());
			ErrorResponses.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
					"Service temporarily unavailable, please try again");
			return;
		}
		if (!token.activeAt(this.clock.instant())) {
			// As Doorkeeper answers in Mastodon.
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
					"Bearer realm=\"Doorkeeper\", error=\"invalid_token\", error_description=\"The access token is invalid\"");
			ErrorResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "The access token is invalid");
			return;
		}
		// For connections that outlive the request (streaming), which re-check the token.
		request.setAttribute(BearerToken.REQUEST_ATTRIBUTE, bearer.get());
		String identity = this.signed.get(token.identity(),
				(caller) -> this.tokens.sign(caller, this.identityLifetime));
		chain.doFilter(IdentityHeaders.signedIn(request, identity), response);
	}

	@Override
	public int getOrder() {
		return FilterOrders.IDENTITY;
	}

}
