package social.murmur.posts.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import social.murmur.posts.account.Relationships;

/**
 * Who may see a status. Public and unlisted statuses: anyone. Private: the author, the
 * accounts it mentions and the author's followers. Direct: the author and the accounts it
 * mentions.
 */
@Component
public class StatusAccess {

	private final Relationships relationships;

	public StatusAccess(Relationships relationships) {
		this.relationships = relationships;
	}

	/**
	 * @param viewerId the signed-in account, or null for an anonymous reader
	 */
	public boolean canSee(Status status, @Nullable Long viewerId) {
		if (visibleWithoutFollowing(status, viewerId)) {
			return true;
		}
		return viewerId != null && status.visibility() == Visibility.PRIVATE
				&& this.relationships.follows(viewerId, status.accountId());
	}

	/**
	 * The statuses the viewer may see, in their order. Asks users at most once, for all
	 * the authors of private statuses together.
	 */
	public List<Status> visible(List<Status> statuses, @Nullable Long viewerId) {
		Set<Long> privateAuthors = (viewerId == null) ? Set.of() : statuses.stream()
			.filter((status) -> !visibleWithoutFollowing(status, viewerId) && status.visibility() == Visibility.PRIVATE)
			.map(Status::accountId)
			.collect(Collectors.toSet());
		Set<Long> followed = (viewerId != null) ? this.relationships.followed(viewerId, privateAuthors) : Set.of();
		List<Status> visible = new ArrayList<>(statuses.size());
		for (Status status : statuses) {
			if (visibleWithoutFollowing(status, viewerId)
					|| (status.visibility() == Visibility.PRIVATE && followed.contains(status.accountId()))) {
				visible.add(status);
			}
		}
		return visible;
	}

	private static boolean visibleWithoutFollowing(Status status, @Nullable Long viewerId) {
		if (status.visibility().isPublicReadable()) {
			return true;
		}
		return viewerId != null && (status.accountId() == viewerId || status.mentions(viewerId));
	}

}
