package social.murmur.gateway.routing;

import java.util.List;

import social.murmur.gateway.GatewayProperties.Services;

import static org.springframework.web.servlet.function.RequestPredicates.GET;
import static org.springframework.web.servlet.function.RequestPredicates.POST;
import static org.springframework.web.servlet.function.RequestPredicates.path;

/**
 * Who owns which public endpoint (the table in {@code docs/dev/service-conventions.md}).
 * The first matching route wins, so a specific route comes before the general one it
 * carves out of: sign-up ({@code POST /api/v1/accounts}) belongs to auth and an account's
 * statuses to posts, while the rest of {@code /api/v1/accounts} is users'. Methods are
 * only matched where two owners share a path; elsewhere the owner answers any method,
 * including a 405 for one it does not support.
 */
final class RoutingTable {

	static final List<Route> ROUTES = List.of(
			new Route("auth-sign-up", "auth", POST("/api/v1/accounts"), Services::auth),
			new Route("auth-apps", "auth", path("/api/v1/apps/**"), Services::auth),
			new Route("auth-oauth", "auth", path("/oauth/**"), Services::auth),
			new Route("auth-oauth-metadata", "auth", path("/.well-known/oauth-authorization-server"), Services::auth),
			new Route("posts-account-statuses", "posts", GET("/api/v1/accounts/{id}/statuses"), Services::posts),
			new Route("interactions-status-favourites", "interactions",
					POST("/api/v1/statuses/{id}/favourite").or(POST("/api/v1/statuses/{id}/unfavourite"))
						.or(GET("/api/v1/statuses/{id}/favourited_by")),
					Services::interactions),
			new Route("interactions-favourites", "interactions", path("/api/v1/favourites"), Services::interactions),
			new Route("posts-statuses", "posts", path("/api/v1/statuses/**"), Services::posts),
			new Route("media", "media", path("/api/v1/media/**").or(path("/api/v2/media")), Services::media),
			new Route("media-files", "media", GET("/system/media_attachments/**"), Services::media),
			new Route("posts-public-timeline", "posts", path("/api/v1/timelines/public"), Services::posts),
			new Route("posts-tag-timeline", "posts", path("/api/v1/timelines/tag/{hashtag}"), Services::posts),
			new Route("feed-home-timeline", "feed", path("/api/v1/timelines/home"), Services::feed),
			// Includes GET /api/v1/notifications/unread_count.
			new Route("notifications", "notifications", path("/api/v1/notifications/**"), Services::notifications),
			new Route("notifications-markers", "notifications", path("/api/v1/markers"), Services::notifications),
			new Route("users-accounts", "users", path("/api/v1/accounts/**"), Services::users),
			// DELETE /api/v1/profile/avatar and /header: back to the default images.
			new Route("users-profile", "users", path("/api/v1/profile/**"), Services::users),
			new Route("users-instance", "users", path("/api/v1/instance/**").or(path("/api/v2/instance/**")),
					Services::users),
			new Route("users-nodeinfo", "users", path("/.well-known/nodeinfo").or(path("/nodeinfo/**")),
					Services::users));

	private RoutingTable() {
	}

}
