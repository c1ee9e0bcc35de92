package social.murmur.interactions.favourite.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.contracts.mastodon.Account;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.contracts.mastodon.Status;
import social.murmur.interactions.favourite.FavouriteStatus;
import social.murmur.interactions.favourite.ListFavouritedBy;
import social.murmur.interactions.favourite.UnfavouriteStatus;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.PageRequest;
import social.murmur.platform.web.Paging;

/**
 * Likes of one status, as Mastodon serves them (docs.joinmastodon.org/methods/statuses):
 * {@code favourite}, {@code unfavourite} and {@code favourited_by}.
 */
@RestController
@RequestMapping("/api/v1/statuses/{id}")
class StatusFavouritesController {

	private static final String WRITE = "write:favourites";

	private static final String READ_ACCOUNTS = "read:accounts";

	private final FavouriteStatus favouriteStatus;

	private final UnfavouriteStatus unfavouriteStatus;

	private final ListFavouritedBy listFavouritedBy;

	private final MastodonEntities mastodon;

	StatusFavouritesController(FavouriteStatus favouriteStatus, UnfavouriteStatus unfavouriteStatus,
			ListFavouritedBy listFavouritedBy, MastodonEntities mastodon) {
		this.favouriteStatus = favouriteStatus;
		this.unfavouriteStatus = unfavouriteStatus;
		this.listFavouritedBy = listFavouritedBy;
		this.mastodon = mastodon;
	}

	@PostMapping("/favourite")
	Status favourite(Identity identity, @PathVariable long id) {
		long viewerId = identity.requireScope(WRITE).requireAccount();
		return this.mastodon.status(this.favouriteStatus.favourite(viewerId, id)).withViewer(true, false, false);
	}

	@PostMapping("/unfavourite")
	Status unfavourite(Identity identity, @PathVariable long id) {
		long viewerId = identity.requireScope(WRITE).requireAccount();
		return this.mastodon.status(this.unfavouriteStatus.unfavourite(viewerId, id)).withViewer(false, false, false);
	}

	/**
	 * Anyone may list who liked a public status; a token, when given, needs
	 * {@code read:accounts}, as in Mastodon.
	 */
	@GetMapping("/favourited_by")
	ResponseEntity<List<Account>> favouritedBy(Optional<Identity> identity, @PathVariable long id,
			@Paging(defaultLimit = 40, maxLimit = 80) PageRequest page, HttpServletRequest request) {
		@Nullable Long viewerId = identity.map((caller) -> caller.requireScope(READ_ACCOUNTS).accountId()).orElse(null);
		return PagedResponses.of(this.mastodon.publicUrl(), request,
				this.listFavouritedBy.page(id, viewerId, page).map(this.mastodon::account));
	}

}
