package social.murmur.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Mastodon streaming API connection through the gateway, as a client opens it: a
 * WebSocket to {@code /api/v1/streaming} with the stream and the token in the query.
 * Keeps every message it receives, so a test can wait for the one it expects.
 */
final class StreamingConnection implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();

	private final List<JsonNode> seen = new ArrayList<>();

	private final WebSocket socket;

	private StreamingConnection(String stream, String token) {
		URI uri = URI.create(SystemUnderTest.gatewayUrl().replaceFirst("^http", "ws") + "/api/v1/streaming?stream="
				+ stream + "&access_token=" + token);
		this.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.buildAsync(uri, new Collector())
			.join();
	}

	/**
	 * Opens the {@code user} or {@code user:notification} stream for the token's account.
	 */
	static StreamingConnection open(String stream, String token) {
		return new StreamingConnection(stream, token);
	}

	/**
	 * The first message, from now on or already received, that matches; fails after the
	 * timeout with what did arrive.
	 */
	JsonNode await(Predicate<JsonNode> expected, Duration timeout) throws InterruptedException {
		for (JsonNode message : this.seen) {
			if (expected.test(message)) {
				return message;
			}
		}
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			long left = deadline - System.nanoTime();
			@Nullable JsonNode message = (left > 0) ? this.messages.poll(left, TimeUnit.NANOSECONDS) : null;
			if (message == null) {
				throw new AssertionError("No matching streaming message within " + timeout + "; received " + this.seen);
			}
			this.seen.add(message);
			if (expected.test(message)) {
				return message;
			}
		}
	}

	/** The HTTP status with which the gateway refuses to open a stream. */
	static int refusal(String stream, String token) {
		try {
			new StreamingConnection(stream, token).close();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof WebSocketHandshakeException refused) {
				return refused.getResponse().statusCode();
			}
			throw ex;
		}
		throw new AssertionError("The stream was opened");
	}

	/**
	 * A matcher for an event of a kind whose payload, parsed, satisfies the predicate.
	 */
	static Predicate<JsonNode> event(String event, Predicate<JsonNode> payload) {
		return (message) -> event.equals(message.path("event").asString()) && payload.test(payload(message));
	}

	/** The payload of an {@code update} or {@code notification} message, parsed. */
	static JsonNode payload(JsonNode message) {
		return JSON.readTree(message.path("payload").asString("null"));
	}

	@Override
	public void close() {
		this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally((failure) -> null);
	}

	private final class Collector implements WebSocket.Listener {

		private final StringBuilder partial = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				StreamingConnection.this.messages.add(JSON.readTree(this.partial.toString()));
				this.partial.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

	}

}
