package social.murmur.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Talks HTTP to the gateway under test, as a client would. */
public final class GatewayClient {

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int port;

	private final String base;

	GatewayClient(int port) {
		this.port = port;
		this.base = "http://localhost:" + port;
	}

	/**
	 * Sends bytes as they are over a new connection and returns all the server answers.
	 */
	public String raw(String request) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Call call(String method, String pathAndQuery) {
		return new Call(method, pathAndQuery);
	}

	public Call get(String pathAndQuery) {
		return call("GET", pathAndQuery);
	}

	public Call post(String pathAndQuery) {
		return call("POST", pathAndQuery);
	}

	/** A request being put together. */
	public final class Call {

		private final HttpRequest.Builder request;

		private final String method;

		private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

		Call(String method, String pathAndQuery) {
			this.method = method;
			this.request = HttpRequest.newBuilder(URI.create(GatewayClient.this.base + pathAndQuery))
				.timeout(Duration.ofSeconds(30));
		}

		public Call header(String name, String value) {
			this.request.header(name, value);
			return this;
		}

		/**
		 * Sends the request as if nginx (a trusted proxy) forwarded it from this address.
		 */
		public Call from(String clientAddress) {
			return header("X-Forwarded-For", clientAddress);
		}

		public Call bearer(String token) {
			return header("Authorization", "Bearer " + token);
		}

		public Call body(String contentType, String content) {
			return body(contentType, content.getBytes(StandardCharsets.UTF_8));
		}

		public Call body(String contentType, byte[] content) {
			this.request.header("Content-Type", contentType);
			this.body = HttpRequest.BodyPublishers.ofByteArray(content);
			return this;
		}

		public Reply send() {
			try {
				HttpResponse<byte[]> response = GatewayClient.this.http
					.send(this.request.method(this.method, this.body).build(), HttpResponse.BodyHandlers.ofByteArray());
				return new Reply(response.statusCode(), response.headers(), response.body());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** The gateway's answer. */
	public record Reply(int status, HttpHeaders headers, byte[] body) {

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public @Nullable String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		/** The error message of a Mastodon error body. */
		public String error() {
			return json().get("error").asString();
		}

		/**
		 * What the fake service that answered received (its echoes are 200s); fails with
		 * the gateway's own answer otherwise.
		 */
		public Echo echo() {
			if (this.status != 200) {
				throw new AssertionError("Expected a fake service's echo, got " + this.status + " "
						+ new String(this.body, StandardCharsets.UTF_8));
			}
			return JSON.readValue(this.body, Echo.class);
		}

	}

	/** A fake service's echo of the request it received (see {@link FakeServices}). */
	public record Echo(String service, String method, String path, @Nullable String query,
			Map<String, List<String>> headers, int bodyLength, String bodySha256, @Nullable String body) {

		public @Nullable String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(java.util.Locale.ROOT));
			return (values != null && !values.isEmpty()) ? values.get(0) : null;
		}

		public boolean hasHeader(String name) {
			return this.headers.containsKey(name.toLowerCase(java.util.Locale.ROOT));
		}

	}

}
