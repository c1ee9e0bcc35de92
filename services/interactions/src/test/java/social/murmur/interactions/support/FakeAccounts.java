package social.murmur.interactions.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.stub.StreamObserver;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.AccountList;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.GetAccountsRequest;

/** The users service's Accounts API, holding the accounts a test registered. */
public class FakeAccounts extends AccountsGrpc.AccountsImplBase {

	private final Map<Long, Account> accounts = new ConcurrentHashMap<>();

	private final AtomicInteger getAccountsCalls = new AtomicInteger();

	public Account register(long id) {
		Account account = Account.newBuilder()
			.setId(id)
			.setUsername("user" + id)
			.setDisplayName("User " + id)
			.setNote("<p>Hello</p>")
			.setCreatedAt(1_700_000_000_000L)
			.build();
		this.accounts.put(id, account);
		return account;
	}

	/** Forgets an account, as users does once it is deleted. */
	public void forget(long id) {
		this.accounts.remove(id);
	}

	public int getAccountsCalls() {
		return this.getAccountsCalls.get();
	}

	@Override
	public void getAccounts(GetAccountsRequest request, StreamObserver<AccountList> responses) {
		this.getAccountsCalls.incrementAndGet();
		AccountList.Builder list = AccountList.newBuilder();
		request.getIdsList().stream().map(this.accounts::get).filter((a) -> a != null).forEach(list::addAccounts);
		responses.onNext(list.build());
		responses.onCompleted();
	}

}
