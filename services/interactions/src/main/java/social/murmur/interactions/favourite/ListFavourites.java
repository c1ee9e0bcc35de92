package social.murmur.interactions.favourite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.platform.web.PageRequest;

/**
 * The statuses the viewer liked, newest like first, each with its favourites count (read
 * as every renderer reads it, {@link ReadFavouriteStates}). Statuses posts no longer
 * knows, or that the viewer may no longer see, are left out.
 */
@Service
public class ListFavourites {

	private final Favourites favourites;

	private final ReadFavouriteStates states;

	private final VisibleStatuses statuses;

	public ListFavourites(Favourites favourites, ReadFavouriteStates states, VisibleStatuses statuses) {
		this.favourites = favourites;
		this.states = states;
		this.statuses = statuses;
	}

	public Page<Status> page(long viewerId, PageRequest page) {
		List<Favourite> read = this.favourites.byAccount(viewerId, page);
		List<Long> statusIds = read.stream().map(Favourite::statusId).toList();
		Map<Long, Status> visible = this.statuses.visible(statusIds, viewerId);
		Map<Long, Long> counts = this.states.counts(List.copyOf(visible.keySet()));
		List<Status> items = new ArrayList<>(visible.size());
		for (long statusId : statusIds) {
			Status status = visible.get(statusId);
			if (status != null) {
				items.add(status.toBuilder().setFavouritesCount(counts.getOrDefault(statusId, 0L)).build());
			}
		}
		return Page.of(items, read);
	}

}
