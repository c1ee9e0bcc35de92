package social.murmur.auth.testing;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.AccountList;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.CreateAccountRequest;
import social.murmur.contracts.users.v1.LookupAccountsRequest;

/**
 * Stands in for the users service's {@code Accounts}: remembers the profiles it was asked
 * to create, keeps usernames unique as users does, and can be made to fail or to answer
 * slowly (a slow answer still creates the profile, as a real call that timed out may).
 */
public class FakeUsers extends AccountsGrpc.AccountsImplBase {

	private final Map<Long, CreateAccountRequest> created = new ConcurrentHashMap<>();

	private final Map<String, Long> idsByUsername = new ConcurrentHashMap<>();

	private volatile boolean unavailable;

	private volatile Duration delay = Duration.ZERO;

	public void unavailable(boolean unavailable) {
		this.unavailable = unavailable;
	}

	public void delay(Duration delay) {
		this.delay = delay;
	}

	public void reset() {
		this.unavailable = false;
		this.delay = Duration.ZERO;
	}

	public CreateAccountRequest created(long id) {
		return this.created.get(id);
	}

	@Override
	public void createAccount(CreateAccountRequest request, StreamObserver<Account> responses) {
		try {
			Thread.sleep(this.delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.unavailable) {
			responses.onError(Status.UNAVAILABLE.withDescription("users is down for the test").asRuntimeException());
			return;
		}
		Long owner = this.idsByUsername.putIfAbsent(request.getUsername().toLowerCase(Locale.ROOT), request.getId());
		if (owner != null && owner != request.getId()) {
			responses
				.onError(Status.ALREADY_EXISTS.withDescription("Username has already been taken").asRuntimeException());
			return;
		}
		this.created.put(request.getId(), request);
		responses.onNext(account(request));
		responses.onCompleted();
	}

	@Override
	public void lookupAccounts(LookupAccountsRequest request, StreamObserver<AccountList> responses) {
		AccountList.Builder accounts = AccountList.newBuilder();
		for (String username : request.getUsernamesList()) {
			Long id = this.idsByUsername.get(username.toLowerCase(Locale.ROOT));
			if (id != null) {
				accounts.addAccounts(account(this.created.get(id)));
			}
		}
		responses.onNext(accounts.build());
		responses.onCompleted();
	}

	private static Account account(CreateAccountRequest request) {
		return Account.newBuilder()
			.setId(request.getId())
			.setUsername(request.getUsername())
			.setDisplayName(request.getDisplayName())
			.setAvatarUrl("/avatars/original/missing.png")
			.setHeaderUrl("/headers/original/missing.png")
			.setCreatedAt(System.currentTimeMillis())
			.build();
	}

}
