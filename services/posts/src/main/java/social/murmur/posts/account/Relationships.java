package social.murmur.posts.account;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import social.murmur.contracts.users.v1.CheckFollowsRequest;
import social.murmur.contracts.users.v1.FollowGraphGrpc;

/**
 * Who follows whom, asked of the users service when a private status is read. Not cached:
 * an unfollow must hide private statuses at once.
 */
@Component
public class Relationships {

	private final FollowGraphGrpc.FollowGraphBlockingStub followGraph;

	public Relationships(FollowGraphGrpc.FollowGraphBlockingStub followGraph) {
		this.followGraph = followGraph;
	}

	public boolean follows(long followerId, long followeeId) {
		return followed(followerId, Set.of(followeeId)).contains(followeeId);
	}

	/** Which of the given accounts the follower follows. */
	public Set<Long> followed(long followerId, Collection<Long> followeeIds) {
		if (followeeIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.followGraph
			.checkFollows(
					CheckFollowsRequest.newBuilder().setFollowerId(followerId).addAllFolloweeIds(followeeIds).build())
			.getIdsList());
	}

}
