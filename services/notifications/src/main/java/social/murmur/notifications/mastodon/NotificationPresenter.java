package social.murmur.notifications.mastodon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import social.murmur.contracts.interactions.v1.FavouriteState;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.users.v1.Account;
import social.murmur.notifications.notification.StoredNotification;
import social.murmur.notifications.remote.InteractionsClient;
import social.murmur.notifications.remote.PostsClient;
import social.murmur.notifications.remote.UsersClient;

/**
 * Turns one viewer's stored notifications into Mastodon entities with one call to users,
 * one to posts and one to interactions (like counts and the viewer's likes) for the whole
 * page. A notification whose account or status no longer exists is left out rather than
 * shown half empty. Interactions is optional: without it statuses show no likes.
 */
@Component
public class NotificationPresenter {

	private final UsersClient users;

	private final PostsClient posts;

	private final InteractionsClient interactions;

	private final MastodonEntities entities;

	NotificationPresenter(UsersClient users, PostsClient posts, InteractionsClient interactions,
			MastodonEntities entities) {
		this.users = users;
		this.posts = posts;
		this.interactions = interactions;
		this.entities = entities;
	}

	/**
	 * @param viewerId the account the notifications belong to, whose likes are shown
	 * @param notifications that account's notifications, in the order to keep
	 */
	public List<Notification> present(long viewerId, List<StoredNotification> notifications) {
		Set<Long> accountIds = new LinkedHashSet<>();
		Set<Long> statusIds = new LinkedHashSet<>();
		for (StoredNotification notification : notifications) {
			accountIds.add(notification.fromAccountId());
			if (notification.type().aboutStatus() && notification.statusId() != null) {
				statusIds.add(notification.statusId());
			}
		}
		Map<Long, Account> accounts = this.users.accounts(accountIds);
		Map<Long, Status> statuses = this.posts.statuses(statusIds);
		Map<Long, FavouriteState> likes = this.interactions.states(viewerId, statuses.keySet());
		List<Notification> presented = new ArrayList<>(notifications.size());
		for (StoredNotification notification : notifications) {
			Account account = accounts.get(notification.fromAccountId());
			if (account == null) {
				continue;
			}
			social.murmur.contracts.mastodon.Status status = null;
			if (notification.type().aboutStatus()) {
				Status source = (notification.statusId() != null) ? statuses.get(notification.statusId()) : null;
				if (source == null) {
					continue;
				}
				FavouriteState like = likes.get(source.getId());
				status = this.entities.status(source)
					.withFavouritesCount((like != null) ? like.getFavouritesCount() : 0)
					.withViewer(like != null && like.getFavourited(), false, false);
			}
			String id = Long.toString(notification.id());
			presented.add(new Notification(id, notification.type().wireName(),
					MastodonEntities.timestamp(notification.createdAt()), "ungrouped-" + id,
					this.entities.account(account), status));
		}
		return presented;
	}

}
