package social.murmur.systemtests;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An HTTP response from the gateway with its body parsed as JSON where it is JSON. */
record ApiResponse(int status, String body, HttpResponse<String> raw) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"(\\w+)\"");

	JsonNode json() {
		return JSON.readTree(this.body);
	}

	/** The ids of the entities in a JSON array body, in order. */
	List<String> ids() {
		return json().valueStream().map((node) -> node.get("id").asString()).toList();
	}

	String error() {
		return json().path("error").asString();
	}

	Optional<String> header(String name) {
		return this.raw.headers().firstValue(name);
	}

	/** The URL of a {@code Link} header relation such as {@code next} or {@code prev}. */
	Optional<String> link(String relation) {
		Matcher matcher = LINK.matcher(header("Link").orElse(""));
		while (matcher.find()) {
			if (matcher.group(2).equals(relation)) {
				return Optional.of(matcher.group(1));
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return this.status + " " + this.body;
	}

}
