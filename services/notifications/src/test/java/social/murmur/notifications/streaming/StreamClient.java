package social.murmur.notifications.streaming;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import social.murmur.platform.identity.Identity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A streaming client as the gateway is one: the JDK's WebSocket with the signed identity
 * header, collecting the text messages it receives.
 */
final class StreamClient implements WebSocket.Listener, AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

	private final CompletableFuture<Integer> closed = new CompletableFuture<>();

	private final StringBuilder partial = new StringBuilder();

	private @Nullable WebSocket socket;

	/** Opens a connection; throws {@link Refused} when the handshake is refused. */
	static StreamClient open(int port, String query, @Nullable String identity, String... subprotocols) {
		StreamClient client = new StreamClient();
		WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
		if (identity != null) {
			builder.header(Identity.HEADER, identity);
		}
		if (subprotocols.length > 0) {
			builder.subprotocols(subprotocols[0], java.util.Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
		}
		try {
			client.socket = builder
				.buildAsync(URI.create("ws://localhost:" + port + "/api/v1/streaming" + query), client)
				.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof WebSocketHandshakeException refused) {
				throw new Refused(refused.getResponse().statusCode());
			}
			throw ex;
		}
		return client;
	}

	/** The HTTP status of a refused handshake. */
	static int refusal(int port, String query, @Nullable String identity) {
		try {
			open(port, query, identity).close();
			return 101;
		}
		catch (Refused ex) {
			return ex.status;
		}
	}

	WebSocket socket() {
		if (this.socket == null) {
			throw new IllegalStateException("not open");
		}
		return this.socket;
	}

	void send(String text) {
		socket().sendText(text, true).join();
	}

	/** The next message, parsed; fails when none comes within ten seconds. */
	JsonNode next() {
		try {
			String message = this.messages.poll(10, TimeUnit.SECONDS);
			if (message == null) {
				throw new AssertionError("No message within 10 s");
			}
			return JSON.readTree(message);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Messages received and not yet read. */
	int pending() {
		return this.messages.size();
	}

	CompletableFuture<Integer> closed() {
		return this.closed;
	}

	/** A handshake answered with something else than 101. */
	static final class Refused extends RuntimeException {

		final int status;

		Refused(int status) {
			super("Handshake refused with " + status);
			this.status = status;
		}

	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		this.partial.append(data);
		if (last) {
			this.messages.add(this.partial.toString());
			this.partial.setLength(0);
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		this.closed.complete(statusCode);
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		this.closed.completeExceptionally(error);
	}

	@Override
	public void close() {
		if (this.socket != null && !this.socket.isOutputClosed()) {
			this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
		}
	}

}
