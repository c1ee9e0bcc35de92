package social.murmur.notifications.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.AccountList;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.GetAccountsRequest;

/** The users service's Accounts API, holding the accounts a test registered. */
public class FakeUsers extends AccountsGrpc.AccountsImplBase {

	private final Map<Long, Account> accounts = new ConcurrentHashMap<>();

	private final AtomicInteger getAccountsCalls = new AtomicInteger();

	private final AtomicBoolean unavailable = new AtomicBoolean();

	public Account register(long id) {
		Account account = Account.newBuilder()
			.setId(id)
			.setUsername("user" + id)
			.setDisplayName("User " + id)
			.setNote("<p>Hello</p>")
			.setCreatedAt(1_700_000_000_000L)
			.setFollowersCount(3)
			.setFollowingCount(4)
			.setStatusesCount(5)
			.build();
		this.accounts.put(id, account);
		return account;
	}

	public int getAccountsCalls() {
		return this.getAccountsCalls.get();
	}

	/** Makes every call fail with UNAVAILABLE, as when users is down. */
	public void setUnavailable(boolean unavailable) {
		this.unavailable.set(unavailable);
	}

	@Override
	public void getAccounts(GetAccountsRequest request, StreamObserver<AccountList> responses) {
		this.getAccountsCalls.incrementAndGet();
		if (this.unavailable.get()) {
			responses.onError(Status.UNAVAILABLE.withDescription("users is down").asRuntimeException());
			return;
		}
		AccountList.Builder list = AccountList.newBuilder();
		request.getIdsList().stream().map(this.accounts::get).filter((a) -> a != null).forEach(list::addAccounts);
		responses.onNext(list.build());
		responses.onCompleted();
	}

}
