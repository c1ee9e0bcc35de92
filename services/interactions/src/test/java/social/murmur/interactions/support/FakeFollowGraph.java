package social.murmur.interactions.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.stub.StreamObserver;
import social.murmur.contracts.users.v1.AccountIdList;
import social.murmur.contracts.users.v1.CheckFollowsRequest;
import social.murmur.contracts.users.v1.FollowGraphGrpc;

/** The users service's follow graph, holding the follows a test made. */
public class FakeFollowGraph extends FollowGraphGrpc.FollowGraphImplBase {

	private final Map<Long, Set<Long>> following = new ConcurrentHashMap<>();

	private final AtomicInteger checkFollowsCalls = new AtomicInteger();

	public void follow(long followerId, long followeeId) {
		this.following.computeIfAbsent(followerId, (id) -> ConcurrentHashMap.newKeySet()).add(followeeId);
	}

	public void unfollow(long followerId, long followeeId) {
		this.following.getOrDefault(followerId, Set.of()).remove(followeeId);
	}

	public int checkFollowsCalls() {
		return this.checkFollowsCalls.get();
	}

	@Override
	public void checkFollows(CheckFollowsRequest request, StreamObserver<AccountIdList> responses) {
		this.checkFollowsCalls.incrementAndGet();
		Set<Long> followed = this.following.getOrDefault(request.getFollowerId(), Set.of());
		responses.onNext(AccountIdList.newBuilder()
			.addAllIds(request.getFolloweeIdsList().stream().filter(followed::contains).toList())
			.build());
		responses.onCompleted();
	}

}
