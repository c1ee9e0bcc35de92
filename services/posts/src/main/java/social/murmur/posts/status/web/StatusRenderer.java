package social.murmur.posts.status.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import social.murmur.contracts.interactions.v1.FavouriteState;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.contracts.mastodon.Status;
import social.murmur.platform.identity.Identity;
import social.murmur.posts.favourite.Favourites;
import social.murmur.posts.status.StatusMessages;

/**
 * Renders statuses as Mastodon {@code Status} entities for a viewer: through the protobuf
 * message and {@link MastodonEntities}, with the like counts and, for a signed-in
 * account, the viewer fields. Everything one answer shows is rendered together, so that a
 * page costs one call to users and one to interactions.
 */
@Component
public class StatusRenderer {

	private final StatusMessages messages;

	private final MastodonEntities mastodon;

	private final Favourites favourites;

	public StatusRenderer(StatusMessages messages, MastodonEntities mastodon, Favourites favourites) {
		this.messages = messages;
		this.mastodon = mastodon;
		this.favourites = favourites;
	}

	/** The statuses in their order, leaving out those whose author is no longer known. */
	public List<Status> render(List<social.murmur.posts.status.Status> statuses, Optional<Identity> viewer) {
		return renderGroups(List.of(statuses), viewer).getFirst();
	}

	/** Empty when the author is no longer known. */
	public Optional<Status> render(social.murmur.posts.status.Status status, Optional<Identity> viewer) {
		return render(List.of(status), viewer).stream().findFirst();
	}

	/**
	 * Several lists of one answer (a thread's ancestors and descendants) rendered
	 * together, each in its order.
	 */
	public List<List<Status>> renderGroups(List<List<social.murmur.posts.status.Status>> groups,
			Optional<Identity> viewer) {
		List<social.murmur.posts.status.Status> all = groups.stream().flatMap(List::stream).toList();
		var rendered = this.messages.toMessages(all);
		Long viewerId = viewer.map(Identity::accountId).orElse(null);
		Map<Long, FavouriteState> states = this.favourites.states((viewerId != null) ? viewerId : 0,
				rendered.stream().map((message) -> message.getId()).toList());
		Map<Long, Status> byId = new HashMap<>();
		for (var message : rendered) {
			FavouriteState state = states.getOrDefault(message.getId(), FavouriteState.getDefaultInstance());
			Status status = this.mastodon.status(message).withFavouritesCount(state.getFavouritesCount());
			byId.put(message.getId(),
					(viewerId != null) ? status.withViewer(state.getFavourited(), false, false) : status);
		}
		List<List<Status>> answer = new ArrayList<>(groups.size());
		for (List<social.murmur.posts.status.Status> group : groups) {
			answer
				.add(group.stream().map((status) -> byId.get(status.id())).filter((status) -> status != null).toList());
		}
		return answer;
	}

}
