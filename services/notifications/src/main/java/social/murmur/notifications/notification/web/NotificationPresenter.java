package social.murmur.notifications.notification.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.users.v1.Account;
import social.murmur.notifications.notification.StoredNotification;
import social.murmur.notifications.remote.PostsClient;
import social.murmur.notifications.remote.UsersClient;

/**
 * Turns stored notifications into Mastodon entities with one call to users and one to
 * posts for the whole page. A notification whose account or status no longer exists is
 * left out rather than shown half empty.
 */
@Component
class NotificationPresenter {

	private final UsersClient users;

	private final PostsClient posts;

	private final MastodonEntities entities;

	NotificationPresenter(UsersClient users, PostsClient posts, MastodonEntities entities) {
		this.users = users;
		this.posts = posts;
		this.entities = entities;
	}

	List<Notification> present(List<StoredNotification> notifications) {
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
				status = this.entities.status(source).withViewer(false, false, false);
			}
			String id = Long.toString(notification.id());
			presented.add(new Notification(id, notification.type().wireName(),
					MastodonEntities.timestamp(notification.createdAt()), "ungrouped-" + id,
					this.entities.account(account), status));
		}
		return presented;
	}

}
