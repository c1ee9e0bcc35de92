package social.murmur.posts.timeline;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import social.murmur.platform.web.ApiException;
import social.murmur.platform.web.PageRequest;
import social.murmur.posts.account.Accounts;
import social.murmur.posts.account.Relationships;
import social.murmur.posts.status.Status;
import social.murmur.posts.status.Statuses;
import social.murmur.posts.status.text.TextEntity;

/**
 * An account's statuses, newest first, as far as the viewer may see them: everything for
 * the author, private ones too for followers, and for anyone the ones that mention them.
 */
@Service
public class ListAccountStatuses {

	private final Accounts accounts;

	private final Relationships relationships;

	private final Timelines timelines;

	private final Statuses statuses;

	public ListAccountStatuses(Accounts accounts, Relationships relationships, Timelines timelines, Statuses statuses) {
		this.accounts = accounts;
		this.relationships = relationships;
		this.timelines = timelines;
		this.statuses = statuses;
	}

	/**
	 * @param viewerId the signed-in reader, or null
	 * @throws ApiException 404 for an account users does not know
	 */
	public List<Status> list(long accountId, @Nullable Long viewerId, AccountStatusesFilter filter, PageRequest page) {
		if (this.accounts.byId(accountId).isEmpty()) {
			throw ApiException.notFound();
		}
		if (filter.pinned()) {
			// No status is pinned: pinning does not exist yet.
			return List.of();
		}
		String tag = (filter.tagged() != null && !filter.tagged().isBlank())
				? TextEntity.Hashtag.normalize(filter.tagged().strip().replaceFirst("^#", "")) : null;
		if (tag != null && !TextEntity.Hashtag.isValidName(tag)) {
			// Not a name any hashtag can have, so no status has it.
			return List.of();
		}
		Audience audience = audience(accountId, viewerId);
		return this.statuses.findAll(this.timelines.ofAccount(accountId, audience, viewerId, filter.excludeReplies(),
				filter.onlyMedia(), tag, page));
	}

	private Audience audience(long accountId, @Nullable Long viewerId) {
		if (viewerId == null) {
			return Audience.ANONYMOUS;
		}
		if (viewerId == accountId) {
			return Audience.AUTHOR;
		}
		return this.relationships.follows(viewerId, accountId) ? Audience.FOLLOWER : Audience.OTHER;
	}

}
