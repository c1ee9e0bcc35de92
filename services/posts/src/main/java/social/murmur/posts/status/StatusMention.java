package social.murmur.posts.status;

/**
 * An account a status mentions, resolved when the status was written.
 *
 * @param accountId the mentioned account
 * @param username its username
 */
public record StatusMention(long accountId, String username) {
}
