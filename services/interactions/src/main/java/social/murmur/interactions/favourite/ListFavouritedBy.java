package social.murmur.interactions.favourite;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import social.murmur.contracts.users.v1.Account;
import social.murmur.interactions.remote.UsersClient;
import social.murmur.platform.web.ApiException;
import social.murmur.platform.web.PageRequest;

/**
 * The accounts who liked a status the viewer may see, newest like first. Accounts users
 * no longer knows are left out.
 */
@Service
public class ListFavouritedBy {

	private final VisibleStatuses statuses;

	private final Favourites favourites;

	private final UsersClient users;

	public ListFavouritedBy(VisibleStatuses statuses, Favourites favourites, UsersClient users) {
		this.statuses = statuses;
		this.favourites = favourites;
		this.users = users;
	}

	/**
	 * @param viewerId the signed-in account, or null for an anonymous reader
	 * @throws ApiException 404 when the status is deleted, unknown or hidden from the
	 * viewer
	 */
	public Page<Account> page(long statusId, @Nullable Long viewerId, PageRequest page) {
		this.statuses.find(statusId, viewerId).orElseThrow(ApiException::notFound);
		List<Favourite> read = this.favourites.ofStatus(statusId, page);
		Map<Long, Account> accounts = this.users.accounts(read.stream().map(Favourite::accountId).distinct().toList());
		return Page.of(
				read.stream().map((favourite) -> accounts.get(favourite.accountId())).filter(Objects::nonNull).toList(),
				read);
	}

}
