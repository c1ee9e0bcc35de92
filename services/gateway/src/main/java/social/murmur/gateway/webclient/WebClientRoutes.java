package social.murmur.gateway.webclient;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves the web client at the root of the gateway's origin, so that it calls the API
 * without CORS: hashed assets are cached for a year, everything else is revalidated, and
 * any page path ({@code /@alice}, {@code /notifications}) answers {@code index.html} for
 * the app's own router. Ordered before the service routes, whose catch-all answers the
 * server paths this one leaves alone.
 */
@Configuration(proxyBeanMethods = false)
class WebClientRoutes {

	static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	static final CacheControl REVALIDATE = CacheControl.noCache();

	/**
	 * What the app may load: its own scripts and styles only, images from anywhere (media
	 * may live on a CDN), API calls to this origin.
	 */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self' 'unsafe-inline'", "img-src 'self' https: http: data: blob:",
			"media-src 'self' https: http: blob:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'",
			"form-action 'self'", "frame-ancestors 'none'");

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	RouterFunction<ServerResponse> webClientRouter() {
		return RouterFunctions.route(appRequest(), WebClientRoutes::serve);
	}

	private static RequestPredicate appRequest() {
		return RequestPredicates.method(HttpMethod.GET)
			.or(RequestPredicates.method(HttpMethod.HEAD))
			.and((request) -> request.servletRequest().getDispatcherType() == DispatcherType.REQUEST)
			.and((request) -> !WebClientFiles.isServerPath(rawPath(request)));
	}

	private static ServerResponse serve(ServerRequest request) {
		String path = rawPath(request);
		if (!path.equals("/") && !path.equals(WebClientFiles.INDEX)) {
			Optional<Resource> file = WebClientFiles.file(path);
			if (file.isPresent()) {
				return file(path, file.get());
			}
			if (WebClientFiles.looksLikeFile(path)) {
				return notFound();
			}
		}
		return WebClientFiles.index().map(WebClientRoutes::index).orElseGet(WebClientRoutes::notFound);
	}

	private static ServerResponse file(String path, Resource file) {
		MediaType type = MediaTypeFactory.getMediaType(file).orElse(MediaType.APPLICATION_OCTET_STREAM);
		return ServerResponse.ok()
			.contentType(type)
			.cacheControl(WebClientFiles.isHashedAsset(path) ? FOREVER : REVALIDATE)
			.header("X-Content-Type-Options", "nosniff")
			.body(file);
	}

	private static ServerResponse index(Resource index) {
		return ServerResponse.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(REVALIDATE)
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Frame-Options", "DENY")
			.header("Referrer-Policy", "same-origin")
			.body(index);
	}

	private static ServerResponse notFound() {
		return ServerResponse.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", "Record not found"));
	}

	/**
	 * The path as sent, not decoded, so that {@code %2e%2e} and friends never match a
	 * file.
	 */
	private static String rawPath(ServerRequest request) {
		return request.requestPath().pathWithinApplication().value();
	}

}
