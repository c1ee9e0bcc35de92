package social.murmur.gateway.routing;

import java.net.URI;
import java.util.function.Function;

import org.springframework.web.servlet.function.RequestPredicate;
import social.murmur.gateway.GatewayProperties.Services;

/**
 * One line of the routing table: requests matching the predicate go to the service.
 *
 * @param id the route's name, in logs and metrics
 * @param service the owning service's name
 * @param predicate which requests the route takes
 * @param target the owning service's base URL among the settings
 */
record Route(String id, String service, RequestPredicate predicate, Function<Services, URI> target) {

}
