package social.murmur.interactions.favourite.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.contracts.mastodon.Status;
import social.murmur.interactions.favourite.ListFavourites;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.PageRequest;

/**
 * {@code GET /api/v1/favourites}: the statuses the signed-in account liked
 * (docs.joinmastodon.org/methods/favourites).
 */
@RestController
class FavouritesController {

	private final ListFavourites listFavourites;

	private final MastodonEntities mastodon;

	FavouritesController(ListFavourites listFavourites, MastodonEntities mastodon) {
		this.listFavourites = listFavourites;
		this.mastodon = mastodon;
	}

	/** Default 20, at most 40, as in Mastodon. */
	@GetMapping("/api/v1/favourites")
	ResponseEntity<List<Status>> list(Identity identity, PageRequest page, HttpServletRequest request) {
		long viewerId = identity.requireScope("read:favourites").requireAccount();
		return PagedResponses.of(this.mastodon.publicUrl(), request, this.listFavourites.page(viewerId, page)
			.map((status) -> this.mastodon.status(status).withViewer(true, false, false)));
	}

}
