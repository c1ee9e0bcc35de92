package social.murmur.feed.timeline.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

	/**
	 * Writes the page itself rather than returning it: the body is JSON bytes already,
	 * and Spring MVC's content negotiation and message converters around a returned body
	 * cost about a twentieth of feed's CPU per home read (docs/adr/0010).
	 */
	@GetMapping("/api/v1/timelines/home")
	void home(Identity identity, PageRequest page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		long accountId = identity.requireScope("read:statuses").requireAccount();
		HomeTimelinePage found = this.readHomeTimeline.read(accountId, page);
		List<CachedStatus> statuses = found.statuses();
		response.setStatus(found.regenerating() ? HttpServletResponse.SC_PARTIAL_CONTENT : HttpServletResponse.SC_OK);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		if (!statuses.isEmpty()) {
			response.setHeader(HttpHeaders.LINK, LinkHeader.of(this.entities.publicUrl(), request,
					Long.toString(statuses.getFirst().id()), Long.toString(statuses.getLast().id())));
		}
		// Reblogs and bookmarks are not kept anywhere yet: false for everyone.
		StatusJson.Page body = this.json.page(statuses, found.likes());
		response.setContentLength(body.length());
		body.writeTo(response.getOutputStream());
	}

}
