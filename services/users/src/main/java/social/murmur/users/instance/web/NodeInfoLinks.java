package social.murmur.users.instance.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The NodeInfo discovery document ({@code GET /.well-known/nodeinfo}). */
record NodeInfoLinks(@JsonProperty("links") List<Link> links) {

	record Link(@JsonProperty("rel") String rel, @JsonProperty("href") String href) {
	}

}
