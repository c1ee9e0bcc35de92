package social.murmur.gateway.assets;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The placeholder images that account entities link to when an account has no avatar or
 * header ({@code /avatars/original/missing.png}, {@code /headers/original/missing.png},
 * the URLs Mastodon uses). They never change, so browsers, nginx and CDNs may keep them
 * for a year.
 */
@Configuration(proxyBeanMethods = false)
class MissingImages {

	static final String AVATAR = "/avatars/original/missing.png";

	static final String HEADER = "/headers/original/missing.png";

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/** Ordered before the service routes, which end with a catch-all 404. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> missingImageRouter() {
		return RouterFunctions.route()
			.GET(AVATAR, (request) -> image(new ClassPathResource("assets/avatar-missing.png")))
			.GET(HEADER, (request) -> image(new ClassPathResource("assets/header-missing.png")))
			.build();
	}

	private static ServerResponse image(Resource image) {
		return ServerResponse.ok().contentType(MediaType.IMAGE_PNG).cacheControl(FOREVER).body(image);
	}

}
