package social.murmur.users.instance.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.users.instance.InstanceProperties;
import social.murmur.users.instance.InstanceUsage;
import social.murmur.users.instance.Software;
import social.murmur.users.instance.Usage;

/**
 * NodeInfo: how federated software and client libraries find out what a server runs.
 * Murmur does not federate, so it lists no protocols, and names Mastodon as its upstream
 * so that clients treat it as a Mastodon server.
 */
@RestController
class NodeInfoController {

	static final String SCHEMA = "http://nodeinfo.diaspora.software/ns/schema/2.0";

	private final InstanceProperties properties;

	private final InstanceUsage usage;

	private final String publicUrl;

	NodeInfoController(InstanceProperties properties, InstanceUsage usage, MastodonEntities entities) {
		this.properties = properties;
		this.usage = usage;
		this.publicUrl = entities.publicUrl();
	}

	@GetMapping("/.well-known/nodeinfo")
	NodeInfoLinks links() {
		return new NodeInfoLinks(List.of(new NodeInfoLinks.Link(SCHEMA, this.publicUrl + "/nodeinfo/2.0")));
	}

	@GetMapping("/nodeinfo/2.0")
	NodeInfo nodeInfo() {
		Usage figures = this.usage.current();
		return new NodeInfo("2.0", new NodeInfo.Software(Software.NAME, Software.VERSION), List.of(),
				new NodeInfo.Services(List.of(), List.of()), true,
				new NodeInfo.Usage(new NodeInfo.Users(figures.users(), figures.activeMonth(), figures.activeHalfYear()),
						figures.statuses()),
				new NodeInfo.Metadata(this.properties.title(), this.properties.description(),
						new NodeInfo.Upstream("mastodon", Software.MASTODON_VERSION)));
	}

}
