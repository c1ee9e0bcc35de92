package social.murmur.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the gateway as a Mastodon client does: bearer token, JSON or form bodies.
 * Returns every response, whatever its status, so tests can assert on failures too.
 */
final class MastodonClient {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final @Nullable String token;

	MastodonClient(String baseUrl, @Nullable String token) {
		this.baseUrl = baseUrl;
		this.token = token;
	}

	static MastodonClient anonymous() {
		return new MastodonClient(SystemUnderTest.gatewayUrl(), null);
	}

	MastodonClient withToken(@Nullable String token) {
		return new MastodonClient(this.baseUrl, token);
	}

	ApiResponse get(String pathOrUrl) {
		return send(request(pathOrUrl).GET());
	}

	ApiResponse delete(String path) {
		return send(request(path).DELETE());
	}

	ApiResponse postJson(String path, Map<String, ?> body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	ApiResponse postForm(String path, Map<String, String> fields) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(fields))));
	}

	ApiResponse postMultipart(String path, Map<String, String> fields) {
		String boundary = "murmur-" + java.util.UUID.randomUUID();
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n"));
		body.append("--").append(boundary).append("--\r\n");
		return postRaw(path, "multipart/form-data; boundary=" + boundary,
				body.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** A multipart upload of one file (field {@code file}) with text fields. */
	ApiResponse postFile(String path, String fileName, String contentType, byte[] file, Map<String, String> fields) {
		String boundary = "murmur-" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return postRaw(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	ApiResponse postRaw(String path, String contentType, byte[] body) {
		return send(
				request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	ApiResponse patchJson(String path, Map<String, ?> body) {
		return send(request(path).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	ApiResponse send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new ApiResponse(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpRequest.Builder request(String pathOrUrl) {
		URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.baseUrl + pathOrUrl);
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
		if (this.token != null) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		return builder;
	}

	static String form(Map<String, String> fields) {
		return new LinkedHashMap<>(fields).entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
