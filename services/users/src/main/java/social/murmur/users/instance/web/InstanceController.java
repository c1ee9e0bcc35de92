package social.murmur.users.instance.web;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.users.instance.InstanceProperties;
import social.murmur.users.instance.InstanceUsage;
import social.murmur.users.instance.Software;
import social.murmur.users.instance.Usage;
import social.murmur.users.web.PublicAddress;

/**
 * The server's description for Mastodon clients, in both shapes they read:
 * {@code /api/v1/instance} (older clients) and {@code /api/v2/instance}. Sign-up is open
 * without approval or invites; there is no contact account and there are no rules yet.
 */
@RestController
class InstanceController {

	private final InstanceProperties properties;

	private final InstanceUsage usage;

	private final String publicUrl;

	private final String domain;

	InstanceController(InstanceProperties properties, InstanceUsage usage, MastodonEntities entities) {
		this.properties = properties;
		this.usage = usage;
		this.publicUrl = entities.publicUrl();
		this.domain = PublicAddress.domain(this.publicUrl);
	}

	@GetMapping("/api/v1/instance")
	V1Instance v1() {
		Usage figures = this.usage.current();
		return new V1Instance(this.domain, this.properties.title(), this.properties.description(),
				this.properties.description(), this.properties.contactEmail(), Software.COMPATIBLE_VERSION,
				new V1Instance.Urls(PublicAddress.streaming(this.publicUrl)),
				new V1Instance.Stats(figures.users(), figures.statuses(), 0), thumbnail(), this.properties.languages(),
				true, false, false,
				new V1Instance.Configuration(Limits.ACCOUNTS, Limits.STATUSES, Limits.MEDIA, Limits.POLLS), null,
				List.of());
	}

	@GetMapping("/api/v2/instance")
	Instance v2() {
		Usage figures = this.usage.current();
		return new Instance(this.domain, this.properties.title(), Software.COMPATIBLE_VERSION,
				this.properties.sourceUrl(), this.properties.description(),
				new Instance.Usage(new Instance.Users(figures.activeMonth())), new Instance.Thumbnail(thumbnail()),
				List.of(), this.properties.languages(),
				new Instance.Configuration(new Instance.Urls(PublicAddress.streaming(this.publicUrl), null),
						Limits.ACCOUNTS, Limits.STATUSES, Limits.MEDIA, Limits.POLLS, new Instance.Translation(false)),
				new Instance.Registrations(true, false, null, null), Map.of("mastodon", Software.MASTODON_API_VERSION),
				new Instance.Contact(this.properties.contactEmail(), null), List.of());
	}

	private String thumbnail() {
		String configured = this.properties.thumbnailUrl();
		return (configured != null && !configured.isBlank()) ? configured
				: this.publicUrl + "/headers/original/missing.png";
	}

}
