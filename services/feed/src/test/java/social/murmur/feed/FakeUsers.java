package social.murmur.feed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.stub.StreamObserver;
import social.murmur.contracts.users.v1.AccountIdList;
import social.murmur.contracts.users.v1.CheckFollowsRequest;
import social.murmur.contracts.users.v1.FollowGraphGrpc;
import social.murmur.contracts.users.v1.FollowerPage;
import social.murmur.contracts.users.v1.ListFollowersRequest;
import social.murmur.contracts.users.v1.ListFollowingRequest;

/** Stands in for the users service's follow graph, holding a graph the tests set up. */
public class FakeUsers extends FollowGraphGrpc.FollowGraphImplBase {

	private final Map<Long, NavigableSet<Long>> followers = new ConcurrentHashMap<>();

	private final Map<Long, NavigableSet<Long>> following = new ConcurrentHashMap<>();

	private final Map<Long, AtomicInteger> listFollowingCalls = new ConcurrentHashMap<>();

	private final AtomicInteger calls = new AtomicInteger();

	private final Set<Long> failOnceBeyondFirstPage = ConcurrentHashMap.newKeySet();

	private final Map<Long, AtomicInteger> failOnceOnPage = new ConcurrentHashMap<>();

	private volatile Duration listFollowersDelay = Duration.ZERO;

	public void follow(long followerId, long followeeId) {
		this.followers.computeIfAbsent(followeeId, (id) -> new ConcurrentSkipListSet<>()).add(followerId);
		this.following.computeIfAbsent(followerId, (id) -> new ConcurrentSkipListSet<>()).add(followeeId);
	}

	public void unfollow(long followerId, long followeeId) {
		this.followers.getOrDefault(followeeId, new ConcurrentSkipListSet<>()).remove(followerId);
		this.following.getOrDefault(followerId, new ConcurrentSkipListSet<>()).remove(followeeId);
	}

	/**
	 * Makes the next request for a page of the account's followers other than the first
	 * fail, as if the feed instance doing the fan-out died halfway.
	 */
	public void failOnceBeyondFirstPage(long accountId) {
		this.failOnceBeyondFirstPage.add(accountId);
	}

	/**
	 * Makes the {@code page}th request for the account's followers from now on fail (the
	 * first is 1), once.
	 */
	public void failOnceOnPage(long accountId, int page) {
		this.failOnceOnPage.put(accountId, new AtomicInteger(page));
	}

	/**
	 * Makes every page of followers take at least this long, as the users service's query
	 * and the network between two hosts would.
	 */
	public void delayListFollowers(Duration delay) {
		this.listFollowersDelay = delay;
	}

	/** How many followers an account has. */
	public int followersCount(long accountId) {
		return this.followers.getOrDefault(accountId, new ConcurrentSkipListSet<>()).size();
	}

	/** How many calls the follow graph has answered so far. */
	public int calls() {
		return this.calls.get();
	}

	/** How often the accounts an account follows were asked for: once per rebuild. */
	public int listFollowingCalls(long accountId) {
		return this.listFollowingCalls.getOrDefault(accountId, new AtomicInteger()).get();
	}

	@Override
	public void listFollowers(ListFollowersRequest request, StreamObserver<FollowerPage> responses) {
		this.calls.incrementAndGet();
		pause(this.listFollowersDelay);
		AtomicInteger countdown = this.failOnceOnPage.get(request.getAccountId());
		if (countdown != null && countdown.decrementAndGet() == 0) {
			this.failOnceOnPage.remove(request.getAccountId());
			responses.onError(io.grpc.Status.UNAVAILABLE.withDescription("page failed").asRuntimeException());
			return;
		}
		if (request.getAfterId() != 0 && this.failOnceBeyondFirstPage.remove(request.getAccountId())) {
			responses.onError(io.grpc.Status.UNAVAILABLE.withDescription("gone halfway").asRuntimeException());
			return;
		}
		NavigableSet<Long> all = this.followers.getOrDefault(request.getAccountId(), new ConcurrentSkipListSet<>());
		int limit = (request.getLimit() > 0) ? Math.min(request.getLimit(), 1000) : 40;
		List<Long> page = all.tailSet(request.getAfterId(), false).stream().limit(limit).toList();
		boolean more = page.size() == limit && all.higher(page.getLast()) != null;
		responses.onNext(
				FollowerPage.newBuilder().addAllFollowerIds(page).setNextAfterId(more ? page.getLast() : 0).build());
		responses.onCompleted();
	}

	@Override
	public void listFollowing(ListFollowingRequest request, StreamObserver<AccountIdList> responses) {
		this.calls.incrementAndGet();
		this.listFollowingCalls.computeIfAbsent(request.getAccountId(), (id) -> new AtomicInteger()).incrementAndGet();
		responses.onNext(AccountIdList.newBuilder()
			.addAllIds(this.following.getOrDefault(request.getAccountId(), new ConcurrentSkipListSet<>()))
			.build());
		responses.onCompleted();
	}

	@Override
	public void checkFollows(CheckFollowsRequest request, StreamObserver<AccountIdList> responses) {
		this.calls.incrementAndGet();
		Set<Long> followed = this.following.getOrDefault(request.getFollowerId(), new ConcurrentSkipListSet<>());
		responses.onNext(AccountIdList.newBuilder()
			.addAllIds(request.getFolloweeIdsList().stream().filter(followed::contains).toList())
			.build());
		responses.onCompleted();
	}

	private static void pause(Duration delay) {
		if (delay.isZero()) {
			return;
		}
		try {
			Thread.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
