package social.murmur.users.follow.grpc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;
import social.murmur.contracts.users.v1.AccountIdList;
import social.murmur.contracts.users.v1.CheckFollowsRequest;
import social.murmur.contracts.users.v1.FollowGraphGrpc;
import social.murmur.contracts.users.v1.FollowerPage;
import social.murmur.contracts.users.v1.ListFollowersRequest;
import social.murmur.contracts.users.v1.ListFollowingRequest;
import social.murmur.users.follow.Follows;

/**
 * The follow graph for feed (fan-out and timeline rebuilds) and notifications (new-status
 * notifications for followers who asked for them).
 */
@Service
class FollowGraphGrpcService extends FollowGraphGrpc.FollowGraphImplBase {

	/** The largest page of followers; also the page size when the caller sets none. */
	static final int MAX_PAGE = 1000;

	private final Follows follows;

	FollowGraphGrpcService(Follows follows) {
		this.follows = follows;
	}

	@Override
	public void listFollowers(ListFollowersRequest request, StreamObserver<FollowerPage> response) {
		int limit = pageSize(request.getLimit());
		// One more than asked tells whether another page follows without a second query.
		List<Long> ids = this.follows.followerIdsAfter(request.getAccountId(), request.getAfterId(), limit + 1,
				request.getNotifyOnly());
		boolean more = ids.size() > limit;
		List<Long> page = more ? ids.subList(0, limit) : ids;
		response.onNext(
				FollowerPage.newBuilder().addAllFollowerIds(page).setNextAfterId(more ? page.getLast() : 0).build());
		response.onCompleted();
	}

	@Override
	public void listFollowing(ListFollowingRequest request, StreamObserver<AccountIdList> response) {
		response.onNext(AccountIdList.newBuilder().addAllIds(this.follows.followeeIds(request.getAccountId())).build());
		response.onCompleted();
	}

	@Override
	public void checkFollows(CheckFollowsRequest request, StreamObserver<AccountIdList> response) {
		Set<Long> asked = new LinkedHashSet<>(request.getFolloweeIdsList());
		Set<Long> followed = new LinkedHashSet<>();
		this.follows.followsOf(request.getFollowerId(), asked).forEach((follow) -> followed.add(follow.followeeId()));
		asked.retainAll(followed);
		response.onNext(AccountIdList.newBuilder().addAllIds(asked).build());
		response.onCompleted();
	}

	/**
	 * The limit clamped to 1..{@value #MAX_PAGE}; an unset (zero) limit means the largest
	 * page.
	 */
	static int pageSize(int requested) {
		if (requested == 0) {
			return MAX_PAGE;
		}
		return Math.clamp(requested, 1, MAX_PAGE);
	}

}
