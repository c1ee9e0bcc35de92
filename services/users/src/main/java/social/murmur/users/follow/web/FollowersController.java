package social.murmur.users.follow.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.contracts.mastodon.Account;
import social.murmur.platform.web.PageRequest;
import social.murmur.platform.web.Paging;
import social.murmur.users.follow.Follow;
import social.murmur.users.follow.Follows;

/** The accounts that follow an account: {@code GET /api/v1/accounts/:id/followers}. */
@RestController
class FollowersController {

	private final Follows follows;

	private final FollowPages pages;

	FollowersController(Follows follows, FollowPages pages) {
		this.follows = follows;
		this.pages = pages;
	}

	@GetMapping("/api/v1/accounts/{id}/followers")
	ResponseEntity<List<Account>> followers(@PathVariable long id,
			@Paging(defaultLimit = 40, maxLimit = 80) PageRequest page, HttpServletRequest request) {
		return this.pages.answer(id, page, request, (cursor) -> this.follows.followers(id, cursor), Follow::followerId);
	}

}
