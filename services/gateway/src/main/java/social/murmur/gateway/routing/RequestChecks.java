package social.murmur.gateway.routing;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import social.murmur.gateway.GatewayProperties;
import social.murmur.gateway.support.ErrorResponses;
import social.murmur.gateway.support.FilterOrders;

/**
 * Refuses requests the gateway cannot pass on, before any of their body is read or sent:
 * a body announced larger than {@code murmur.gateway.max-request-size} (413), and a query
 * string or form body that cannot be decoded (400). Spring Cloud Gateway rebuilds the
 * query and form parameters it passes on, and Tomcat refuses to decode malformed ones
 * with an exception that would otherwise surface as a 500.
 */
@Component
class RequestChecks extends OncePerRequestFilter implements Ordered {

	private final DataSize maxSize;

	RequestChecks(GatewayProperties properties) {
		this.maxSize = properties.maxRequestSize();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxSize.toBytes()) {
			ErrorResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					"The request is too large (the limit is " + this.maxSize.toMegabytes() + " MB)");
			return;
		}
		try {
			// Parses the query string, and the body of a form POST (which the gateway
			// re-encodes from these parameters anyway); other bodies are left unread.
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			ErrorResponses.write(response, HttpServletResponse.SC_BAD_REQUEST,
					"Error occurred while parsing request parameters");
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	public int getOrder() {
		return FilterOrders.REQUEST_CHECKS;
	}

}
