package social.murmur.auth.testing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.CreateAccountRequest;

/**
 * Stands in for the users service's {@code Accounts}: remembers the profiles it was asked
 * to create, and can be made to fail or to answer slowly.
 */
public class FakeUsers extends AccountsGrpc.AccountsImplBase {

	private final Map<Long, CreateAccountRequest> created = new ConcurrentHashMap<>();

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
		this.created.put(request.getId(), request);
		responses.onNext(Account.newBuilder()
			.setId(request.getId())
			.setUsername(request.getUsername())
			.setDisplayName(request.getDisplayName())
			.setAvatarUrl("/avatars/original/missing.png")
			.setHeaderUrl("/headers/original/missing.png")
			.setCreatedAt(System.currentTimeMillis())
			.build());
		responses.onCompleted();
	}

}
