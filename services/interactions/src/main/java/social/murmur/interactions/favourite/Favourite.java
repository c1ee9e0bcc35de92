package social.murmur.interactions.favourite;

import java.time.Instant;

/**
 * One like.
 *
 * @param id time-ordered, the paging cursor of the lists of likes
 * @param accountId who liked
 * @param statusId what was liked
 * @param statusAuthorId who wrote it
 */
public record Favourite(long id, long accountId, long statusId, long statusAuthorId, Instant createdAt) {
}
