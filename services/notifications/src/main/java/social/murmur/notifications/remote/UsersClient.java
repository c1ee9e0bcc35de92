package social.murmur.notifications.remote;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.FollowGraphGrpc;
import social.murmur.contracts.users.v1.FollowerPage;
import social.murmur.contracts.users.v1.GetAccountsRequest;
import social.murmur.contracts.users.v1.ListFollowersRequest;
import social.murmur.notifications.notification.PostSubscribers;

/**
 * The users service, over the {@code users} gRPC channel: accounts to show in
 * notifications, and the followers who asked to hear about an account's posts.
 */
@Component
public class UsersClient implements PostSubscribers {

	private final AccountsGrpc.AccountsBlockingStub accounts;

	private final FollowGraphGrpc.FollowGraphBlockingStub followGraph;

	public UsersClient(GrpcChannelFactory channels) {
		var channel = channels.createChannel("users");
		this.accounts = AccountsGrpc.newBlockingStub(channel);
		this.followGraph = FollowGraphGrpc.newBlockingStub(channel);
	}

	/** The accounts with the given ids, by id; unknown ids are left out. */
	public Map<Long, Account> accounts(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Account> found = new LinkedHashMap<>();
		for (Account account : this.accounts.getAccounts(GetAccountsRequest.newBuilder().addAllIds(ids).build())
			.getAccountsList()) {
			found.put(account.getId(), account);
		}
		return found;
	}

	@Override
	public Page page(long authorId, long afterId, int limit) {
		FollowerPage page = this.followGraph.listFollowers(ListFollowersRequest.newBuilder()
			.setAccountId(authorId)
			.setAfterId(afterId)
			.setLimit(limit)
			.setNotifyOnly(true)
			.build());
		return new Page(page.getFollowerIdsList(), page.getNextAfterId());
	}

}
