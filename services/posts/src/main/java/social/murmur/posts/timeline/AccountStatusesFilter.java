package social.murmur.posts.timeline;

import org.jspecify.annotations.Nullable;

/**
 * The filters of {@code GET /api/v1/accounts/:id/statuses}.
 *
 * @param excludeReplies leave out replies to other accounts
 * @param onlyMedia only statuses with media attachments
 * @param pinned only pinned statuses (pinning does not exist yet)
 * @param tagged only statuses with this hashtag, or null
 */
public record AccountStatusesFilter(boolean excludeReplies, boolean onlyMedia, boolean pinned,
		@Nullable String tagged) {
}
