package social.murmur.platform.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Verifies the internal token on every request and exposes the caller as a request
 * attribute. A request with a bad token is refused outright; one without a token goes on
 * anonymously, and endpoints that need a caller ask for an {@link Identity} parameter.
 */
public class IdentityFilter extends OncePerRequestFilter {

	static final String ATTRIBUTE = Identity.class.getName();

	private final InternalTokens tokens;

	public IdentityFilter(InternalTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = request.getHeader(Identity.HEADER);
		if (token != null) {
			Identity identity = this.tokens.verify(token).orElse(null);
			if (identity == null) {
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
				response.setContentType("application/json");
				response.getWriter().write("{\"error\":\"The access token is invalid\"}");
				return;
			}
			request.setAttribute(ATTRIBUTE, identity);
		}
		chain.doFilter(request, response);
	}

	/** The verified caller of the given request, if any. */
	public static @Nullable Identity identityOf(HttpServletRequest request) {
		return (Identity) request.getAttribute(ATTRIBUTE);
	}

}
