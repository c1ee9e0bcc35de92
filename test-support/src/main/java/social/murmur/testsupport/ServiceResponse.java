package social.murmur.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jspecify.annotations.Nullable;
import social.murmur.platform.identity.Identity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer of a service under test, called over HTTP on its own port as the gateway
 * would call it (with a signed identity), with its body parsed as JSON.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the JSON body, a null node when empty
 */
public record ServiceResponse(int status, HttpHeaders headers, JsonNode body) {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Sends a request to the service on {@code localhost:port}.
	 * @param port the service's HTTP port
	 * @param publicUrl the public address the service writes into links; a path that
	 * starts with it (a followed {@code Link}) is sent to the service instead
	 * @param path the path, or a link under the public address
	 * @param request the method and body, without the URI
	 * @param identity the signed identity to send, or null for none
	 */
	public static ServiceResponse send(int port, String publicUrl, String path, HttpRequest.Builder request,
			@Nullable String identity) {
		String local = path.startsWith(publicUrl) ? path.substring(publicUrl.length()) : path;
		request.uri(URI.create("http://localhost:" + port + local));
		if (identity != null) {
			request.header(Identity.HEADER, identity);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
			return new ServiceResponse(response.statusCode(), response.headers(), body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The target of a {@code Link} relation ({@code next}, {@code prev}), if present. */
	public @Nullable String link(String rel) {
		String header = this.headers.firstValue("Link").orElse(null);
		if (header == null) {
			return null;
		}
		for (String part : header.split(",")) {
			if (part.contains("rel=\"" + rel + "\"")) {
				return part.substring(part.indexOf('<') + 1, part.indexOf('>'));
			}
		}
		return null;
	}

	/** The ids of the entities of a JSON array body, in order. */
	public List<String> ids() {
		return values("id");
	}

	/** One text field of every entity of a JSON array body, in order. */
	public List<String> values(String field) {
		return this.body.valueStream().map((node) -> node.get(field).asString()).toList();
	}

	/** The message of a Mastodon error body. */
	public String error() {
		return this.body.get("error").asString();
	}

}
