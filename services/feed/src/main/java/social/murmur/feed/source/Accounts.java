package social.murmur.feed.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.GetAccountsRequest;

/** Accounts (profiles and their counts), read from the users service. */
@Component
public class Accounts {

	/** The most accounts asked for in one call, to stay well under 4 MB an answer. */
	static final int MAX_PER_CALL = 500;

	private final AccountsGrpc.AccountsBlockingStub accounts;

	public Accounts(GrpcChannelFactory channels) {
		this.accounts = AccountsGrpc.newBlockingStub(channels.createChannel("users"));
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

	/** The account, unless users does not know it. */
	public Optional<Account> byId(long id) {
		return byIds(List.of(id)).stream().findFirst();
	}

}
