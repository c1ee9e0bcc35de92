package social.murmur.posts.timeline.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.contracts.mastodon.Status;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.PageRequest;
import social.murmur.posts.timeline.AccountStatusesFilter;
import social.murmur.posts.timeline.ListAccountStatuses;

/** {@code GET /api/v1/accounts/:id/statuses}: the statuses an account has posted. */
@RestController
class AccountStatusesController {

	private final ListAccountStatuses listAccountStatuses;

	private final PagedStatuses pages;

	AccountStatusesController(ListAccountStatuses listAccountStatuses, PagedStatuses pages) {
		this.listAccountStatuses = listAccountStatuses;
		this.pages = pages;
	}

	@GetMapping("/api/v1/accounts/{id}/statuses")
	ResponseEntity<List<Status>> statuses(Optional<Identity> identity, @PathVariable long id, PageRequest page,
			@RequestParam(name = "exclude_replies", defaultValue = "false") boolean excludeReplies,
			@RequestParam(name = "exclude_reblogs", defaultValue = "false") boolean excludeReblogs,
			@RequestParam(name = "only_media", defaultValue = "false") boolean onlyMedia,
			@RequestParam(name = "pinned", defaultValue = "false") boolean pinned,
			@RequestParam(name = "tagged", required = false) @Nullable String tagged, HttpServletRequest request) {
		// exclude_reblogs changes nothing: there are no reblogs yet.
		List<social.murmur.posts.status.Status> statuses = this.listAccountStatuses.list(id,
				PagedStatuses.viewer(identity), new AccountStatusesFilter(excludeReplies, onlyMedia, pinned, tagged),
				page);
		return this.pages.respond(statuses, identity, request);
	}

}
