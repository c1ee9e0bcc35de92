package social.murmur.users.instance.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A NodeInfo 2.0 document ({@code GET /nodeinfo/2.0}). Its names are camelCase by the
 * NodeInfo schema, so each is pinned against the service-wide snake_case naming.
 */
record NodeInfo(@JsonProperty("version") String version, @JsonProperty("software") Software software,
		@JsonProperty("protocols") List<String> protocols, @JsonProperty("services") Services services,
		@JsonProperty("openRegistrations") boolean openRegistrations, @JsonProperty("usage") Usage usage,
		@JsonProperty("metadata") Metadata metadata) {

	record Software(@JsonProperty("name") String name, @JsonProperty("version") String version) {
	}

	record Services(@JsonProperty("inbound") List<String> inbound, @JsonProperty("outbound") List<String> outbound) {
	}

	record Usage(@JsonProperty("users") Users users, @JsonProperty("localPosts") long localPosts) {
	}

	record Users(@JsonProperty("total") long total, @JsonProperty("activeMonth") long activeMonth,
			@JsonProperty("activeHalfyear") long activeHalfyear) {
	}

	/**
	 * Free-form metadata. {@code upstream} tells clients that detect servers by NodeInfo
	 * (megalodon, for one) to treat Murmur as Mastodon.
	 */
	record Metadata(@JsonProperty("nodeName") String nodeName, @JsonProperty("nodeDescription") String nodeDescription,
			@JsonProperty("upstream") Upstream upstream) {
	}

	record Upstream(@JsonProperty("name") String name, @JsonProperty("version") String version) {
	}

}
