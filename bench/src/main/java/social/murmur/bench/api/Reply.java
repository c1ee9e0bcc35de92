package social.murmur.bench.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A response from an HTTP endpoint: its status and body.
 *
 * @param status the HTTP status
 * @param body the body as text
 */
public record Reply(int status, String body) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public boolean ok() {
		return this.status == 200;
	}

	public JsonNode json() {
		return JSON.readTree(this.body);
	}

	/**
	 * Whether a JSON array of statuses holds the one with this id, without parsing it.
	 */
	public boolean mentionsId(String id) {
		return this.body.contains("\"id\":\"" + id + "\"");
	}

	/** Fails with the response in the message unless it is a 200. */
	public Reply requireOk(String what) {
		if (!ok()) {
			throw new IllegalStateException(
					what + " failed: " + this.status + " " + this.body.substring(0, Math.min(300, this.body.length())));
		}
		return this;
	}

}
