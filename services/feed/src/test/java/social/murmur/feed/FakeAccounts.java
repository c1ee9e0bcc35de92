package social.murmur.feed;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.stub.StreamObserver;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.AccountList;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.GetAccountsRequest;

/**
 * Stands in for the users service's accounts: every account exists, and its followers
 * count is what the follow graph of {@link FakeUsers} says.
 */
public class FakeAccounts extends AccountsGrpc.AccountsImplBase {

	private final FakeUsers graph;

	private final AtomicInteger calls = new AtomicInteger();

	private final List<List<Long>> requests = new CopyOnWriteArrayList<>();

	private final Map<Long, Integer> followersCounts = new ConcurrentHashMap<>();

	private final Set<Long> failOnce = ConcurrentHashMap.newKeySet();

	public FakeAccounts(FakeUsers graph) {
		this.graph = graph;
	}

	/**
	 * Makes the account's followers count say this rather than what the graph holds, so
	 * that a test can fan out to more followers than the tests' celebrity threshold.
	 */
	public void reportFollowersCount(long accountId, int count) {
		this.followersCounts.put(accountId, count);
	}

	/**
	 * Makes the next request for the account fail as an unavailable users service would.
	 */
	public void failOnce(long accountId) {
		this.failOnce.add(accountId);
	}

	/** How many calls have been answered so far. */
	public int calls() {
		return this.calls.get();
	}

	/** The id lists of every GetAccounts call so far. */
	public List<List<Long>> requests() {
		return List.copyOf(this.requests);
	}

	@Override
	public void getAccounts(GetAccountsRequest request, StreamObserver<AccountList> responses) {
		this.calls.incrementAndGet();
		this.requests.add(request.getIdsList());
		if (request.getIdsList().stream().anyMatch(this.failOnce::remove)) {
			responses.onError(io.grpc.Status.UNAVAILABLE.withDescription("users down").asRuntimeException());
			return;
		}
		AccountList.Builder found = AccountList.newBuilder();
		for (long id : request.getIdsList()) {
			found.addAccounts(account(id));
		}
		responses.onNext(found.build());
		responses.onCompleted();
	}

	Account account(long id) {
		return Account.newBuilder()
			.setId(id)
			.setUsername("user" + id)
			.setDisplayName("User " + id)
			.setCreatedAt(1_700_000_000_000L)
			.setFollowersCount(this.followersCounts.getOrDefault(id, this.graph.followersCount(id)))
			.build();
	}

}
