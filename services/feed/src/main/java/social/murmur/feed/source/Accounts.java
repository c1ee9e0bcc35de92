package social.murmur.feed.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.common.util.concurrent.ListenableFuture;
import io.grpc.Channel;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.AccountList;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.GetAccountsRequest;

/** Accounts (profiles and their counts), read from the users service. */
@Component
public class Accounts {

	/** The most accounts asked for in one call, to stay well under 4 MB an answer. */
	static final int MAX_PER_CALL = 500;

	private final AccountsGrpc.AccountsBlockingStub accounts;

	private final AccountsGrpc.AccountsFutureStub concurrentAccounts;

	public Accounts(GrpcChannelFactory channels) {
		Channel users = channels.createChannel("users");
		this.accounts = AccountsGrpc.newBlockingStub(users);
		this.concurrentAccounts = AccountsGrpc.newFutureStub(users);
	}

	/** The accounts with the given ids; unknown ids are left out. */
	public List<Account> byIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Account> found = new ArrayList<>(ids.size());
		for (int from = 0; from < ids.size(); from += MAX_PER_CALL) {
			found.addAll(
					this.accounts
						.getAccounts(GetAccountsRequest.newBuilder()
							.addAllIds(ids.subList(from, Math.min(from + MAX_PER_CALL, ids.size())))
							.build())
						.getAccountsList());
		}
		return found;
	}

	/**
	 * Asks users for the account now and answers when {@link Lookup#get()} is called, so
	 * that the caller can ask another service meanwhile.
	 */
	public Lookup byIdLater(long id) {
		return new Lookup(this.concurrentAccounts.getAccounts(GetAccountsRequest.newBuilder().addIds(id).build()));
	}

	/** An account asked for and not yet waited for. */
	public static final class Lookup {

		private final ListenableFuture<AccountList> answer;

		private Lookup(ListenableFuture<AccountList> answer) {
			this.answer = answer;
		}

		/**
		 * The account, unless users does not know it; a failure is thrown as the blocking
		 * call would throw it.
		 */
		public Optional<Account> get() {
			return Answers.await(this.answer).getAccountsList().stream().findFirst();
		}

		/** Not waited for after all. */
		public void cancel() {
			this.answer.cancel(true);
		}

	}

}
