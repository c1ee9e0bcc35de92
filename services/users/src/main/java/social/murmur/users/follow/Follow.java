package social.murmur.users.follow;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One account following another.
 *
 * @param id time-ordered id, the cursor of the follower and following lists
 * @param followerId the account that follows
 * @param followeeId the account followed
 * @param notifying whether the follower wants a notification for each new status
 * @param showReblogs whether the follower wants the followee's boosts at home
 * @param languages the languages the follower wants from the followee, or null for all
 * @param createdAt when the follow began
 */
public record Follow(long id, long followerId, long followeeId, boolean notifying, boolean showReblogs,
		@Nullable List<String> languages, Instant createdAt) {

	public Follow {
		languages = (languages != null) ? List.copyOf(languages) : null;
	}

}
