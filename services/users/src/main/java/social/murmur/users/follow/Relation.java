package social.murmur.users.follow;

import org.jspecify.annotations.Nullable;

/**
 * How a viewer and another account stand to each other in the follow graph.
 *
 * @param accountId the other account
 * @param following the viewer's follow of that account, if any
 * @param followedBy whether that account follows the viewer
 */
public record Relation(long accountId, @Nullable Follow following, boolean followedBy) {

}
