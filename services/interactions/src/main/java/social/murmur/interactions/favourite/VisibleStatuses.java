package social.murmur.interactions.favourite;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.interactions.remote.PostsClient;
import social.murmur.interactions.remote.UsersClient;

/**
 * Statuses from posts, kept only where the viewer may see them. However many statuses,
 * one call to posts and at most one to users (for the authors of private statuses).
 */
@Component
public class VisibleStatuses {

	private final PostsClient posts;

	private final UsersClient users;

	public VisibleStatuses(PostsClient posts, UsersClient users) {
		this.posts = posts;
		this.users = users;
	}

	/** The status, unless it is deleted, unknown or hidden from the viewer. */
	public Optional<Status> find(long statusId, @Nullable Long viewerId) {
		return Optional.ofNullable(visible(Set.of(statusId), viewerId).get(statusId));
	}

	/** The visible ones of the statuses, by id, in the order of the ids given. */
	public Map<Long, Status> visible(Collection<Long> statusIds, @Nullable Long viewerId) {
		if (statusIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Status> found = this.posts.statuses(statusIds);
		Set<Long> privateAuthors = found.values()
			.stream()
			.filter((status) -> StatusVisibility.needsFollowCheck(status, viewerId))
			.map((status) -> status.getAccount().getId())
			.collect(Collectors.toSet());
		Set<Long> followed = (viewerId != null) ? this.users.followed(viewerId, privateAuthors) : Set.of();
		Map<Long, Status> visible = new LinkedHashMap<>();
		for (long id : statusIds) {
			Status status = found.get(id);
			if (status != null
					&& StatusVisibility.canSee(status, viewerId, followed.contains(status.getAccount().getId()))) {
				visible.put(id, status);
			}
		}
		return visible;
	}

}
