package social.murmur.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's settings, under {@code murmur.gateway.*} (environment:
 * {@code MURMUR_GATEWAY_*}). The rate limit defaults live in {@code application.yml} so
 * that every one of them can be overridden on its own.
 *
 * @param services where each service answers HTTP
 * @param rateLimits request budgets per client
 * @param trustedProxies addresses or CIDR ranges of proxies (nginx, a load balancer)
 * whose {@code X-Forwarded-For} is believed; empty means the socket address is the client
 * @param maxRequestSize the largest request body passed on (media uploads included)
 * @param tokenCacheTtl how long at most a resolved client token is remembered, in memory
 * and in Redis (each for a random 75 to 100% of it)
 * @param identityLifetime how long the signed internal identity sent to a service is
 * valid
 * @param streaming the streaming API relay ({@code /api/v1/streaming})
 */
@ConfigurationProperties("murmur.gateway")
public record GatewayProperties(@DefaultValue Services services, @DefaultValue RateLimits rateLimits,
		@DefaultValue List<String> trustedProxies, @DefaultValue("40MB") DataSize maxRequestSize,
		@DefaultValue("60s") Duration tokenCacheTtl, @DefaultValue("60s") Duration identityLifetime,
		@DefaultValue Streaming streaming) {

	/**
	 * Base URLs of the services the gateway routes to.
	 *
	 * @param auth credentials, OAuth apps and tokens
	 * @param users profiles, follow graph, instance information
	 * @param posts statuses and public timelines
	 * @param feed home timelines
	 * @param notifications notifications
	 * @param interactions likes (favourites)
	 * @param media media attachments and their files
	 */
	public record Services(@DefaultValue("http://localhost:8081") URI auth,
			@DefaultValue("http://localhost:8082") URI users, @DefaultValue("http://localhost:8083") URI posts,
			@DefaultValue("http://localhost:8084") URI feed, @DefaultValue("http://localhost:8085") URI notifications,
			@DefaultValue("http://localhost:8087") URI interactions, @DefaultValue("http://localhost:8086") URI media) {

	}

	/**
	 * Fixed-window request budgets, counted in Redis so that every gateway instance
	 * shares them.
	 *
	 * @param enabled whether requests are counted at all
	 * @param signUp {@code POST /api/v1/accounts}, per client address
	 * @param signIn {@code POST /oauth/token} and {@code POST /oauth/authorize}, per
	 * client address
	 * @param authenticated API calls that carry a bearer token, per token
	 * @param anonymous API calls without a token, per client address
	 */
	public record RateLimits(@DefaultValue("true") boolean enabled, Limit signUp, Limit signIn, Limit authenticated,
			Limit anonymous) {

		public RateLimits {
			require(signUp, "sign-up");
			require(signIn, "sign-in");
			require(authenticated, "authenticated");
			require(anonymous, "anonymous");
		}

		// The binder passes null for a budget that application.yml and the environment
		// both leave out.
		private static void require(@Nullable Limit limit, String name) {
			if (limit == null) {
				throw new IllegalArgumentException("Set murmur.gateway.rate-limits." + name + ".limit and .period");
			}
		}

	}

	/**
	 * @param limit requests allowed in one window
	 * @param period the window's length, whole seconds
	 */
	public record Limit(int limit, Duration period) {

		public Limit {
			if (limit < 1) {
				throw new IllegalArgumentException("A rate limit must allow at least one request, not " + limit);
			}
			if (period == null || period.toSeconds() < 1) {
				throw new IllegalArgumentException("A rate limit period must be at least one second, not " + period);
			}
		}

	}

	/**
	 * The streaming API relay: a client's WebSocket at {@code /api/v1/streaming} is
	 * relayed to one the gateway opens to notifications.
	 *
	 * @param upstream where notifications accepts the relayed WebSockets
	 * ({@code ws://host:port}); empty means notifications' HTTP address
	 * ({@code services.notifications}) with {@code ws} for {@code http}
	 * @param connectTimeout how long opening notifications' WebSocket may take before the
	 * client is answered 503
	 * @param sendTimeLimit how long one message may take to reach the client before the
	 * client is disconnected as too slow
	 * @param bufferSizeLimit how much data may wait for one client before it is
	 * disconnected as too slow
	 * @param maxMessageSize the largest message relayed from notifications
	 * @param tokenCheckInterval how often the token of each open stream is resolved
	 * again, so that a revoked or expired token loses its streams on every gateway
	 * instance
	 */
	public record Streaming(@Nullable URI upstream, @DefaultValue("2s") Duration connectTimeout,
			@DefaultValue("10s") Duration sendTimeLimit, @DefaultValue("512KB") DataSize bufferSizeLimit,
			@DefaultValue("1MB") DataSize maxMessageSize, @DefaultValue("60s") Duration tokenCheckInterval) {

		public Streaming {
			if (connectTimeout.isNegative() || connectTimeout.isZero() || sendTimeLimit.isNegative()
					|| sendTimeLimit.isZero() || tokenCheckInterval.isNegative() || tokenCheckInterval.isZero()) {
				throw new IllegalArgumentException("The murmur.gateway.streaming durations must be positive");
			}
		}

		/** Where the relay opens its WebSockets, without the endpoint's path. */
		public URI upstream(URI notifications) {
			URI base = (this.upstream != null) ? this.upstream : notifications;
			String scheme = switch (base.getScheme()) {
				case "http", "ws" -> "ws";
				case "https", "wss" -> "wss";
				default -> throw new IllegalArgumentException("Not an HTTP or WebSocket address: " + base);
			};
			String path = (base.getRawPath() != null) ? base.getRawPath().replaceAll("/+$", "") : "";
			return URI.create(scheme + "://" + base.getRawAuthority() + path);
		}

	}

}
