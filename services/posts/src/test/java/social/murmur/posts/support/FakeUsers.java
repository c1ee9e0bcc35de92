package social.murmur.posts.support;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.grpc.stub.StreamObserver;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.AccountIdList;
import social.murmur.contracts.users.v1.AccountList;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.CheckFollowsRequest;
import social.murmur.contracts.users.v1.FollowGraphGrpc;
import social.murmur.contracts.users.v1.GetAccountsRequest;
import social.murmur.contracts.users.v1.LookupAccountsRequest;

/**
 * The users service as posts sees it, holding test data in memory and served in-process
 * over gRPC. Also an object mother: {@link #register} makes accounts with unique ids and
 * usernames, so tests sharing one context never see each other's accounts.
 */
public class FakeUsers {

	private static final AtomicLong ids = new AtomicLong(1_000);

	private final Map<Long, Account> accounts = new ConcurrentHashMap<>();

	private final Set<String> follows = ConcurrentHashMap.newKeySet();

	private final AtomicLong getAccountsCalls = new AtomicLong();

	/** A new account whose username starts with the given word. */
	public Account register(String name) {
		long id = ids.incrementAndGet();
		Account account = Account.newBuilder()
			.setId(id)
			.setUsername(name + id)
			.setDisplayName(name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1))
			.setCreatedAt(1_700_000_000_000L)
			.build();
		this.accounts.put(id, account);
		return account;
	}

	public void follow(long followerId, long followeeId) {
		this.follows.add(followerId + ":" + followeeId);
	}

	public void rename(long id, String displayName) {
		this.accounts.computeIfPresent(id, (key, account) -> account.toBuilder().setDisplayName(displayName).build());
	}

	/** How many GetAccounts calls posts has made, to see its cache at work. */
	public long getAccountsCalls() {
		return this.getAccountsCalls.get();
	}

	class AccountsService extends AccountsGrpc.AccountsImplBase {

		@Override
		public void getAccounts(GetAccountsRequest request, StreamObserver<AccountList> responses) {
			FakeUsers.this.getAccountsCalls.incrementAndGet();
			AccountList.Builder list = AccountList.newBuilder();
			request.getIdsList()
				.stream()
				.map(FakeUsers.this.accounts::get)
				.filter((account) -> account != null)
				.forEach(list::addAccounts);
			responses.onNext(list.build());
			responses.onCompleted();
		}

		@Override
		public void lookupAccounts(LookupAccountsRequest request, StreamObserver<AccountList> responses) {
			AccountList.Builder list = AccountList.newBuilder();
			for (String username : request.getUsernamesList()) {
				FakeUsers.this.accounts.values()
					.stream()
					.filter((account) -> account.getUsername().equalsIgnoreCase(username))
					.findFirst()
					.ifPresent(list::addAccounts);
			}
			responses.onNext(list.build());
			responses.onCompleted();
		}

	}

	class FollowGraphService extends FollowGraphGrpc.FollowGraphImplBase {

		@Override
		public void checkFollows(CheckFollowsRequest request, StreamObserver<AccountIdList> responses) {
			AccountIdList.Builder list = AccountIdList.newBuilder();
			request.getFolloweeIdsList()
				.stream()
				.filter((followee) -> FakeUsers.this.follows.contains(request.getFollowerId() + ":" + followee))
				.forEach(list::addIds);
			responses.onNext(list.build());
			responses.onCompleted();
		}

	}

	/** Serves the fake users service on the test context's in-process gRPC server. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		FakeUsers fakeUsers() {
			return new FakeUsers();
		}

		@Bean
		AccountsGrpc.AccountsImplBase fakeAccountsService(FakeUsers users) {
			return users.new AccountsService();
		}

		@Bean
		FollowGraphGrpc.FollowGraphImplBase fakeFollowGraphService(FakeUsers users) {
			return users.new FollowGraphService();
		}

	}

}
