package social.murmur.feed;

import java.util.List;
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

	public FakeAccounts(FakeUsers graph) {
		this.graph = graph;
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
			.setFollowersCount(this.graph.followersCount(id))
			.build();
	}

}
