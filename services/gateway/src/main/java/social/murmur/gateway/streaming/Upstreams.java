package social.murmur.gateway.streaming;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import social.murmur.gateway.GatewayProperties;
import social.murmur.platform.logging.OccasionalWarning;
import social.murmur.gateway.support.SignedIdentity;
import social.murmur.gateway.support.StreamingHandshake;

/**
 * Opens the gateway's WebSocket to notifications for one client:
 * {@code ws://<notifications>/api/v1/streaming?<the client's query without access_token>}
 * with the signed identity. The JDK's client reads a message only when the relay asks for
 * the next one, and keeps the body of a refused handshake, so that notifications' own 4xx
 * reaches the client.
 */
@Component
class Upstreams implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(Upstreams.class);

	private final OccasionalWarning unreachable = new OccasionalWarning(logger, Duration.ofMinutes(1));

	private final URI base;

	private final Duration connectTimeout;

	private final HttpClient client;

	Upstreams(GatewayProperties properties) {
		this.base = properties.streaming().upstream(properties.services().notifications());
		this.connectTimeout = properties.streaming().connectTimeout();
		this.client = HttpClient.newBuilder()
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.connectTimeout(this.connectTimeout)
			.build();
	}

	/** What became of an attempt to open notifications' side. */
	sealed interface Opening {

		/** Open; the relay listens to it. */
		record Opened(WebSocket socket) implements Opening {
		}

		/** Notifications answered the handshake with a client error of its own. */
		record Refused(int status, @Nullable String contentType, String body) implements Opening {
		}

		/** Notifications could not be reached, or failed. */
		record Unavailable() implements Opening {
		}

	}

	Opening open(Map<String, String[]> parameters, String identity, Relay relay) {
		URI uri = URI.create(this.base + StreamingHandshake.PATH + query(parameters));
		CompletableFuture<WebSocket> opening = this.client.newWebSocketBuilder()
			.header(SignedIdentity.HEADER, identity)
			.connectTimeout(this.connectTimeout)
			.buildAsync(uri, relay);
		try {
			// The builder's timeout covers connecting and the handshake; this is a
			// backstop.
			return new Opening.Opened(opening.get(this.connectTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS));
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof WebSocketHandshakeException refused
					&& refused.getResponse().statusCode() >= 400 && refused.getResponse().statusCode() < 500) {
				return new Opening.Refused(refused.getResponse().statusCode(),
						refused.getResponse().headers().firstValue("Content-Type").orElse(null),
						(refused.getResponse().body() instanceof String body) ? body : "");
			}
			this.unreachable.warn("Notifications' streaming endpoint " + uri.getRawAuthority() + " cannot be opened",
					(ex.getCause() != null) ? ex.getCause() : ex);
			return new Opening.Unavailable();
		}
		catch (TimeoutException ex) {
			opening.thenAccept(WebSocket::abort);
			this.unreachable.warn("Notifications' streaming endpoint did not answer in time", ex);
			return new Opening.Unavailable();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			opening.thenAccept(WebSocket::abort);
			return new Opening.Unavailable();
		}
	}

	/**
	 * The client's query without its token, encoded again from the decoded parameters, so
	 * that no spelling of {@code access_token} passes and no malformed escape reaches
	 * notifications.
	 */
	static String query(Map<String, String[]> parameters) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		parameters.forEach((name, values) -> {
			if (!StreamingHandshake.ACCESS_TOKEN.equals(name)) {
				for (String value : values) {
					query.add(encode(name) + "=" + encode(value));
				}
			}
		});
		return query.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	public void destroy() {
		this.client.shutdownNow();
	}

}
