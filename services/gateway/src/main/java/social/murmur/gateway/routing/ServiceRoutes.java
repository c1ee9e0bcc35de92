package social.murmur.gateway.routing;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import social.murmur.gateway.GatewayProperties;
import social.murmur.platform.logging.OccasionalWarning;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

/**
 * Passes requests to their owning service (Spring Cloud Gateway keeps the method, path,
 * query, body and headers) and answers for a service that cannot: 503 when it cannot be
 * reached, 504 when it does not answer in time, and 404 for a path nobody owns.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

	private static final Logger logger = LoggerFactory.getLogger(ServiceRoutes.class);

	private final Map<String, OccasionalWarning> warnings = new ConcurrentHashMap<>();

	/**
	 * Ordered last among router functions, because it ends with the catch-all.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	RouterFunction<ServerResponse> serviceRouter(GatewayProperties properties) {
		RouterFunction<ServerResponse> routes = RouterFunctions.route(RequestPredicates.all(), ServiceRoutes::noRoute);
		for (Route route : RoutingTable.ROUTES.reversed()) {
			routes = proxy(route, properties.services()).and(routes);
		}
		return routes;
	}

	private RouterFunction<ServerResponse> proxy(Route route, GatewayProperties.Services services) {
		return route(route.id()).route(route.predicate(), http())
			.before(uri(route.target().apply(services)))
			.onError(ResourceAccessException.class, (failure, request) -> unreachable(route, failure))
			.build();
	}

	private ServerResponse unreachable(Route route, Throwable failure) {
		this.warnings
			.computeIfAbsent(route.service(), (service) -> new OccasionalWarning(logger, Duration.ofMinutes(1)))
			.warn("The " + route.service() + " service did not answer",
					failure.getCause() != null ? failure.getCause() : failure);
		if (isTimeout(failure)) {
			return error(HttpStatus.GATEWAY_TIMEOUT, "The service did not answer in time, please try again");
		}
		return error(HttpStatus.SERVICE_UNAVAILABLE, "Service temporarily unavailable, please try again");
	}

	private static boolean isTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Nobody owns the path: 404. Router functions come before Spring MVC's error
	 * controller, so this also answers the container's error dispatch after a failure
	 * outside Spring MVC, with the status that failure set.
	 */
	private static ServerResponse noRoute(ServerRequest request) {
		if (request.servletRequest().getDispatcherType() == DispatcherType.ERROR
				&& request.servletRequest().getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
				&& code >= 400) {
			HttpStatus status = HttpStatus.resolve(code);
			if (status == null || status.is5xxServerError()) {
				return error(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred");
			}
			if (status != HttpStatus.NOT_FOUND) {
				return error(status, status.getReasonPhrase());
			}
		}
		return error(HttpStatus.NOT_FOUND, "Record not found");
	}

	static ServerResponse error(HttpStatus status, String message) {
		return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
	}

}
