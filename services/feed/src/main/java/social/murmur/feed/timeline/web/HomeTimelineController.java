package social.murmur.feed.timeline.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.feed.cache.CachedStatus;
import social.murmur.feed.rendering.StatusJson;
import social.murmur.feed.timeline.HomeTimelinePage;
import social.murmur.feed.timeline.ReadHomeTimeline;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.LinkHeader;
import social.murmur.platform.web.PageRequest;

/**
 * {@code GET /api/v1/timelines/home}: statuses of the accounts the caller follows and the
 * caller's own, newest first, paged with {@code max_id}, {@code since_id}, {@code min_id}
 * and {@code limit} (default 20, at most 40) and {@code Link} headers, with like counts
 * and the caller's likes from interactions (none while it does not answer). While a
 * returning account's timeline is still being rebuilt the answer is 206 with an empty
 * page, as in Mastodon; clients ask again.
 */
@RestController
class HomeTimelineController {

	private final ReadHomeTimeline readHomeTimeline;

	private final StatusJson json;

	private final MastodonEntities entities;

	HomeTimelineController(ReadHomeTimeline readHomeTimeline, StatusJson json, MastodonEntities entities) {
		this.readHomeTimeline = readHomeTimeline;
		this.json = json;
		this.entities = entities;
	}

	@GetMapping("/api/v1/timelines/home")
	ResponseEntity<byte[]> home(Identity identity, PageRequest page, HttpServletRequest request) {
		long accountId = identity.requireScope("read:statuses").requireAccount();
		HomeTimelinePage found = this.readHomeTimeline.read(accountId, page);
		List<CachedStatus> statuses = found.statuses();
		ResponseEntity.BodyBuilder response = ResponseEntity
			.status(found.regenerating() ? HttpStatus.PARTIAL_CONTENT : HttpStatus.OK)
			.contentType(MediaType.APPLICATION_JSON);
		if (!statuses.isEmpty()) {
			response.header(HttpHeaders.LINK, LinkHeader.of(this.entities.publicUrl(), request,
					Long.toString(statuses.getFirst().id()), Long.toString(statuses.getLast().id())));
		}
		// Reblogs and bookmarks are not kept anywhere yet: false for everyone.
		return response.body(this.json.array(statuses, found.likes()));
	}

}
