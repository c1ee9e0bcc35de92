package social.murmur.posts.timeline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.contracts.mastodon.Status;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.PageRequest;
import social.murmur.posts.timeline.ListPublicTimeline;
import social.murmur.posts.timeline.ListTagTimeline;
import social.murmur.posts.timeline.TagQuery;

/**
 * {@code /api/v1/timelines/public} and {@code /api/v1/timelines/tag/:hashtag}. The home
 * timeline belongs to the feed service.
 */
@RestController
@RequestMapping("/api/v1/timelines")
class TimelinesController {

	private final ListPublicTimeline listPublicTimeline;

	private final ListTagTimeline listTagTimeline;

	private final PagedStatuses pages;

	TimelinesController(ListPublicTimeline listPublicTimeline, ListTagTimeline listTagTimeline, PagedStatuses pages) {
		this.listPublicTimeline = listPublicTimeline;
		this.listTagTimeline = listTagTimeline;
		this.pages = pages;
	}

	/**
	 * @param local only this server's statuses: all of them are
	 */
	@GetMapping("/public")
	ResponseEntity<List<Status>> publicTimeline(Optional<Identity> identity, PageRequest page,
			@RequestParam(name = "local", defaultValue = "false") boolean local,
			@RequestParam(name = "remote", defaultValue = "false") boolean remote,
			@RequestParam(name = "only_media", defaultValue = "false") boolean onlyMedia, HttpServletRequest request) {
		PagedStatuses.viewer(identity);
		return this.pages.respond(this.listPublicTimeline.list(remote && !local, onlyMedia, page), identity, request);
	}

	@GetMapping("/tag/{hashtag}")
	ResponseEntity<List<Status>> tagTimeline(Optional<Identity> identity, @PathVariable String hashtag,
			PageRequest page, @RequestParam(name = "local", defaultValue = "false") boolean local,
			@RequestParam(name = "remote", defaultValue = "false") boolean remote,
			@RequestParam(name = "only_media", defaultValue = "false") boolean onlyMedia, HttpServletRequest request) {
		PagedStatuses.viewer(identity);
		List<social.murmur.posts.status.Status> statuses = TagQuery
			.of(hashtag, values(request, "any"), values(request, "all"), values(request, "none"))
			.map((query) -> this.listTagTimeline.list(query, remote && !local, onlyMedia, page))
			.orElse(List.of());
		return this.pages.respond(statuses, identity, request);
	}

	/** {@code name[]=a&name[]=b}, or {@code name=a}. */
	private static List<String> values(HttpServletRequest request, String name) {
		List<String> values = new ArrayList<>();
		for (String key : List.of(name + "[]", name)) {
			String[] given = request.getParameterValues(key);
			if (given != null) {
				values.addAll(List.of(given));
			}
		}
		return values;
	}

}
