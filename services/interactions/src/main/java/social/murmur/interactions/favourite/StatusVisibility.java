package social.murmur.interactions.favourite;

import org.jspecify.annotations.Nullable;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;

/**
 * Who may see, and so like, a status; the same rule posts applies when it shows one.
 * Public and unlisted: anyone. Private: the author, the accounts it mentions and the
 * author's followers. Direct: the author and the accounts it mentions. A status of
 * unknown visibility is treated as direct.
 */
public final class StatusVisibility {

	private StatusVisibility() {
	}

	/**
	 * Whether the viewer may see the status.
	 * @param viewerId the signed-in account, or null for an anonymous reader
	 * @param followsAuthor whether the viewer follows the author; only consulted when
	 * {@link #needsFollowCheck} says so
	 */
	public static boolean canSee(Status status, @Nullable Long viewerId, boolean followsAuthor) {
		return visibleWithoutFollowing(status, viewerId) || (needsFollowCheck(status, viewerId) && followsAuthor);
	}

	/**
	 * Whether the answer depends on the viewer following the author: a private status of
	 * someone else that does not mention the viewer.
	 */
	public static boolean needsFollowCheck(Status status, @Nullable Long viewerId) {
		return viewerId != null && status.getVisibility() == Visibility.VISIBILITY_PRIVATE
				&& !visibleWithoutFollowing(status, viewerId);
	}

	private static boolean visibleWithoutFollowing(Status status, @Nullable Long viewerId) {
		return switch (status.getVisibility()) {
			case VISIBILITY_PUBLIC, VISIBILITY_UNLISTED -> true;
			default -> viewerId != null && (status.getAccount().getId() == viewerId || mentions(status, viewerId));
		};
	}

	private static boolean mentions(Status status, long accountId) {
		return status.getMentionsList().stream().anyMatch((mention) -> mention.getAccountId() == accountId);
	}

}
