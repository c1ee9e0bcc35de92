package social.murmur.gateway.cors;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import social.murmur.gateway.support.FilterOrders;

/**
 * Mastodon's CORS policy: any origin may call the API and the OAuth token endpoints,
 * without cookies (clients authenticate with bearer tokens). A preflight is answered here
 * and never reaches a service. The filter runs first, so that errors from the rate limit
 * and token checks also carry the headers a browser needs to read them.
 */
@Configuration(proxyBeanMethods = false)
class ApiCors {

	/** Paths that browsers may call from any origin. */
	static final List<String> PATHS = List.of("/api/**", "/oauth/token", "/oauth/revoke", "/nodeinfo/**",
			"/.well-known/**");

	@Bean
	FilterRegistrationBean<CorsFilter> corsFilter() {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		CorsConfiguration configuration = configuration();
		PATHS.forEach((path) -> source.registerCorsConfiguration(path, configuration));
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
		registration.setOrder(FilterOrders.CORS);
		return registration;
	}

	static CorsConfiguration configuration() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.addAllowedOrigin(CorsConfiguration.ALL);
		configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key"));
		configuration
			.setExposedHeaders(List.of("Link", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"));
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(Duration.ofHours(2));
		return configuration;
	}

}
