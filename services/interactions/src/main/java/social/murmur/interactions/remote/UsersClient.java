package social.murmur.interactions.remote;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.CheckFollowsRequest;
import social.murmur.contracts.users.v1.FollowGraphGrpc;
import social.murmur.contracts.users.v1.GetAccountsRequest;

/**
 * The users service, over the {@code users} gRPC channel: the accounts who liked a
 * status, and whether a viewer follows the authors of private statuses. Follows are not
 * cached: an unfollow must hide private statuses at once.
 */
@Component
public class UsersClient {

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

	/**
	 * Which of the given accounts the follower follows, in one call. An account users
	 * does not know follows nobody.
	 */
	public Set<Long> followed(long followerId, Collection<Long> followeeIds) {
		if (followeeIds.isEmpty()) {
			return Set.of();
		}
		try {
			return Set.copyOf(this.followGraph.checkFollows(
					CheckFollowsRequest.newBuilder().setFollowerId(followerId).addAllFolloweeIds(followeeIds).build())
				.getIdsList());
		}
		catch (StatusRuntimeException ex) {
			if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
				return Set.of();
			}
			throw ex;
		}
	}

}
