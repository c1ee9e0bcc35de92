package social.murmur.gateway.routing;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP client that passes requests on to the services: Apache HttpClient with a pool
 * of kept-alive connections large enough for every request in flight. It streams bodies
 * on the calling (virtual) thread, where the JDK's client hands each one between threads,
 * which measured as most of the gateway's cost of a home timeline read. Timeouts come
 * from {@code spring.http.clients.*}.
 */
@Configuration(proxyBeanMethods = false)
class ServiceClientConfiguration {

	/** Connections kept per service; a request waits for one only beyond this. */
	static final int CONNECTIONS_PER_SERVICE = 256;

	/**
	 * The services routed to (auth, users, posts, feed, notifications and more to come).
	 */
	private static final int SERVICES = 8;

	@Bean
	ClientHttpRequestFactoryBuilder<?> serviceClientRequestFactoryBuilder() {
		HttpComponentsClientHttpRequestFactoryBuilder builder = ClientHttpRequestFactoryBuilder.httpComponents();
		return builder
			.withConnectionManagerCustomizer((connections) -> connections.setMaxConnPerRoute(CONNECTIONS_PER_SERVICE)
				.setMaxConnTotal(CONNECTIONS_PER_SERVICE * SERVICES));
	}

}
