package social.murmur.notifications.support;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import social.murmur.contracts.users.v1.FollowGraphGrpc;
import social.murmur.contracts.users.v1.FollowerPage;
import social.murmur.contracts.users.v1.ListFollowersRequest;

/**
 * The users service's FollowGraph API. Pages hold at most two followers whatever the
 * limit asked, so that every test exercises paging.
 */
public class FakeFollowGraph extends FollowGraphGrpc.FollowGraphImplBase {

	static final int PAGE_SIZE = 2;

	private final Map<Long, Map<Long, Boolean>> followers = new ConcurrentHashMap<>();

	private final AtomicInteger failuresToCome = new AtomicInteger();

	private final AtomicInteger listFollowersCalls = new AtomicInteger();

	public void follow(long followerId, long followeeId, boolean notify) {
		this.followers.computeIfAbsent(followeeId, (id) -> new ConcurrentHashMap<>()).put(followerId, notify);
	}

	/** Makes the next calls fail with UNAVAILABLE, as while users restarts. */
	public void failNext(int calls) {
		this.failuresToCome.set(calls);
	}

	public int listFollowersCalls() {
		return this.listFollowersCalls.get();
	}

	@Override
	public void listFollowers(ListFollowersRequest request, StreamObserver<FollowerPage> responses) {
		this.listFollowersCalls.incrementAndGet();
		if (this.failuresToCome.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			responses.onError(Status.UNAVAILABLE.withDescription("users is restarting").asRuntimeException());
			return;
		}
		TreeSet<Long> ids = new TreeSet<>();
		this.followers.getOrDefault(request.getAccountId(), Map.of()).forEach((follower, notify) -> {
			if (notify || !request.getNotifyOnly()) {
				ids.add(follower);
			}
		});
		int limit = Math.min(Math.max(request.getLimit(), 1), PAGE_SIZE);
		List<Long> page = ids.tailSet(request.getAfterId(), false).stream().limit(limit).toList();
		boolean more = !page.isEmpty() && ids.higher(page.getLast()) != null;
		responses.onNext(
				FollowerPage.newBuilder().addAllFollowerIds(page).setNextAfterId(more ? page.getLast() : 0).build());
		responses.onCompleted();
	}

}
