package social.murmur.feed.timeline.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.contracts.mastodon.Status;
import social.murmur.feed.timeline.ReadHomeTimeline;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.LinkHeader;
import social.murmur.platform.web.PageRequest;

/**
 * {@code GET /api/v1/timelines/home}: statuses of the accounts the caller follows and the
 * caller's own, newest first, paged with {@code max_id}, {@code since_id}, {@code min_id}
 * and {@code limit} (default 20, at most 40) and {@code Link} headers.
 */
@RestController
class HomeTimelineController {

	private final ReadHomeTimeline readHomeTimeline;

	private final MastodonEntities entities;

	HomeTimelineController(ReadHomeTimeline readHomeTimeline, MastodonEntities entities) {
		this.readHomeTimeline = readHomeTimeline;
		this.entities = entities;
	}

	@GetMapping("/api/v1/timelines/home")
	ResponseEntity<List<Status>> home(Identity identity, PageRequest page, HttpServletRequest request) {
		long accountId = identity.requireScope("read:statuses").requireAccount();
		List<Status> statuses = this.readHomeTimeline.read(accountId, page)
			.stream()
			.map((status) -> this.entities.status(status).withViewer(false, false, false))
			.toList();
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (!statuses.isEmpty()) {
			response.header(HttpHeaders.LINK, LinkHeader.of(this.entities.publicUrl(), request,
					statuses.getFirst().id(), statuses.getLast().id()));
		}
		return response.body(statuses);
	}

}
