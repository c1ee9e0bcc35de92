package social.murmur.gateway.streaming;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A streaming API client of the gateway under test, as Mastodon apps open one. */
final class StreamingClient implements WebSocket.Listener {

	private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

	private final CompletableFuture<Integer> closed = new CompletableFuture<>();

	private final StringBuilder partial = new StringBuilder();

	private WebSocket socket;

	private StreamingClient() {
	}

	/** Opens a stream; {@code options} adds headers or subprotocols. */
	static StreamingClient open(int port, String pathAndQuery, Consumer<WebSocket.Builder> options) {
		StreamingClient client = new StreamingClient();
		WebSocket.Builder builder = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.connectTimeout(Duration.ofSeconds(10));
		options.accept(builder);
		client.socket = builder.buildAsync(URI.create("ws://localhost:" + port + pathAndQuery), client).join();
		return client;
	}

	/** The gateway's answer to a handshake it refused; fails if the stream opened. */
	static HttpResponse<?> refusal(int port, String pathAndQuery, Consumer<WebSocket.Builder> options) {
		try {
			StreamingClient client = open(port, pathAndQuery, options);
			client.socket.abort();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof WebSocketHandshakeException refused) {
				return refused.getResponse();
			}
			throw ex;
		}
		throw new AssertionError("The stream was opened");
	}

	String subprotocol() {
		return this.socket.getSubprotocol();
	}

	void send(String text) {
		this.socket.sendText(text, true).join();
	}

	void close(int code) {
		this.socket.sendClose(code, "").join();
	}

	/** The next message, waiting a few seconds for it. */
	String nextMessage() throws InterruptedException {
		String message = this.messages.poll(10, TimeUnit.SECONDS);
		if (message == null) {
			throw new AssertionError("No message reached the client");
		}
		return message;
	}

	/** The code the gateway closed the stream with, waiting a few seconds for it. */
	int closeCode() throws Exception {
		return this.closed.get(10, TimeUnit.SECONDS);
	}

	@Override
	public void onOpen(WebSocket webSocket) {
		webSocket.request(Long.MAX_VALUE);
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		this.partial.append(data);
		if (last) {
			this.messages.add(this.partial.toString());
			this.partial.setLength(0);
		}
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

}
