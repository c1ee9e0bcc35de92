package social.murmur.gateway.routing;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.RequestHttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import social.murmur.gateway.network.ClientAddresses;

/**
 * Tells a service who the client is: {@code X-Forwarded-For}, {@code -Proto} and
 * {@code -Host}. Incoming values are kept only from a trusted proxy; from anyone else
 * they are replaced by what the gateway saw itself. Spring Cloud Gateway's own
 * forwarded-header filter drops every incoming {@code X-Forwarded-*} header first (no
 * {@code trusted-proxies} of its own is set), so this filter runs last.
 */
@Component
class ForwardedHeaders implements RequestHttpHeadersFilter, Ordered {

	static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";

	static final String X_FORWARDED_HOST = "X-Forwarded-Host";

	private final ClientAddresses clientAddresses;

	ForwardedHeaders(ClientAddresses clientAddresses) {
		this.clientAddresses = clientAddresses;
	}

	@Override
	public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
		HttpServletRequest servletRequest = request.servletRequest();
		boolean fromProxy = this.clientAddresses.isTrusted(servletRequest.getRemoteAddr());
		HttpHeaders headers = HttpHeaders.copyOf(input);
		headers.set(ClientAddresses.X_FORWARDED_FOR, this.clientAddresses.forwardedForHeader(servletRequest));
		headers.set(X_FORWARDED_PROTO,
				incoming(servletRequest, X_FORWARDED_PROTO, fromProxy, servletRequest.getScheme()));
		headers.set(X_FORWARDED_HOST, incoming(servletRequest, X_FORWARDED_HOST, fromProxy, host(servletRequest)));
		return headers;
	}

	private static String incoming(HttpServletRequest request, String name, boolean fromProxy, String own) {
		String value = fromProxy ? request.getHeader(name) : null;
		return (value != null && !value.isBlank()) ? value.split(",")[0].strip() : own;
	}

	private static String host(HttpServletRequest request) {
		String host = request.getHeader(HttpHeaders.HOST);
		return (host != null && !host.isBlank()) ? host : request.getServerName() + ":" + request.getServerPort();
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
