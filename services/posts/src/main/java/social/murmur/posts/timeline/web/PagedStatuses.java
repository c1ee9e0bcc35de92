package social.murmur.posts.timeline.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.contracts.mastodon.Status;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.LinkHeader;
import social.murmur.posts.status.web.StatusRenderer;

/**
 * Answers a page of statuses with Mastodon's {@code Link} header for the next and
 * previous pages.
 */
@Component
class PagedStatuses {

	private final StatusRenderer renderer;

	private final MastodonEntities mastodon;

	PagedStatuses(StatusRenderer renderer, MastodonEntities mastodon) {
		this.renderer = renderer;
		this.mastodon = mastodon;
	}

	ResponseEntity<List<Status>> respond(List<social.murmur.posts.status.Status> page, Optional<Identity> viewer,
			HttpServletRequest request) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (!page.isEmpty()) {
			response.header(HttpHeaders.LINK, LinkHeader.of(this.mastodon.publicUrl(), request,
					Long.toString(page.getFirst().id()), Long.toString(page.getLast().id())));
		}
		return response.body(this.renderer.render(page, viewer));
	}

	/** Reading needs the {@code read:statuses} scope when a token is given at all. */
	static @Nullable Long viewer(Optional<Identity> identity) {
		return identity.map((caller) -> caller.requireScope("read:statuses").accountId()).orElse(null);
	}

}
