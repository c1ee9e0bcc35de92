package social.murmur.feed.source;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.google.common.util.concurrent.ListenableFuture;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.users.v1.AccountIdList;
import social.murmur.contracts.users.v1.CheckFollowsRequest;
import social.murmur.contracts.users.v1.FollowGraphGrpc;
import social.murmur.contracts.users.v1.FollowerPage;
import social.murmur.contracts.users.v1.ListFollowersRequest;
import social.murmur.contracts.users.v1.ListFollowingRequest;

/**
 * The follow graph, read from the users service. An account users does not know (deleted,
 * say) has no followers and follows nobody, so that an event about it is applied rather
 * than retried forever.
 */
@Component
public class Follows {

	/**
	 * How many {@code CheckFollows} calls {@link #followersAmong} has in flight at once.
	 */
	static final int CONCURRENT_CHECKS = 64;

	private final FollowGraphGrpc.FollowGraphBlockingStub graph;

	private final FollowGraphGrpc.FollowGraphFutureStub concurrentGraph;

	public Follows(GrpcChannelFactory channels) {
		ManagedChannel users = channels.createChannel("users");
		this.graph = FollowGraphGrpc.newBlockingStub(users);
		this.concurrentGraph = FollowGraphGrpc.newFutureStub(users);
	}

	/**
	 * Hands the followers of an account to {@code action} a page at a time, in ascending
	 * id order. The next page is asked for as soon as a page arrives, so users reads it
	 * while {@code action} works on the current one (a fan-out writes it to Redis): each
	 * page after the first costs the longer of the call and the action, not their sum. If
	 * {@code action} throws, the page asked for in advance is cancelled and the exception
	 * passed on, so a failing caller stops where it failed.
	 */
	public void forEachFollowerPage(long accountId, int pageSize, Consumer<List<Long>> action) {
		long after = 0;
		FollowerPage page = followers(accountId, after, pageSize);
		while (true) {
			long next = page.getNextAfterId();
			// A cursor that does not move on would loop forever; treat it as the end.
			ListenableFuture<FollowerPage> upcoming = (next > after)
					? this.concurrentGraph.listFollowers(followersRequest(accountId, next, pageSize)) : null;
			try {
				if (page.getFollowerIdsCount() > 0) {
					action.accept(page.getFollowerIdsList());
				}
			}
			catch (RuntimeException | Error ex) {
				if (upcoming != null) {
					upcoming.cancel(true);
				}
				throw ex;
			}
			if (upcoming == null) {
				return;
			}
			page = answer(upcoming, FollowerPage.getDefaultInstance());
			after = next;
		}
	}

	/**
	 * The followers of an account whose ids lie between {@code first} and {@code last}
	 * (inclusive), read by seeking to {@code first} rather than from the start.
	 */
	public Set<Long> followersBetween(long accountId, long first, long last, int pageSize) {
		Set<Long> found = new HashSet<>();
		long after = first - 1;
		while (true) {
			FollowerPage page = followers(accountId, after, pageSize);
			for (long follower : page.getFollowerIdsList()) {
				if (follower > last) {
					return found;
				}
				if (follower >= first) {
					found.add(follower);
				}
			}
			long next = page.getNextAfterId();
			if (next <= after) {
				return found;
			}
			after = next;
		}
	}

	/** Every account the given account follows. */
	public List<Long> following(long accountId) {
		try {
			return this.graph.listFollowing(ListFollowingRequest.newBuilder().setAccountId(accountId).build())
				.getIdsList();
		}
		catch (StatusRuntimeException ex) {
			if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
				return List.of();
			}
			throw ex;
		}
	}

	/** Which of the candidates the follower follows. */
	public Set<Long> followedBy(long followerId, Collection<Long> candidates) {
		if (candidates.isEmpty()) {
			return Set.of();
		}
		try {
			AccountIdList followed = this.graph.checkFollows(
					CheckFollowsRequest.newBuilder().setFollowerId(followerId).addAllFolloweeIds(candidates).build());
			return Set.copyOf(followed.getIdsList());
		}
		catch (StatusRuntimeException ex) {
			if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
				return Set.of();
			}
			throw ex;
		}
	}

	/**
	 * Which of the candidates follow the account, in as few calls as the sizes allow:
	 * when the candidates are fewer than the pages of the account's followers, one
	 * {@code CheckFollows} per candidate ({@value #CONCURRENT_CHECKS} at a time), else
	 * one pass over the followers.
	 * @param followersCount how many followers the account has, roughly
	 */
	public Set<Long> followersAmong(long accountId, Set<Long> candidates, long followersCount, int pageSize) {
		if (candidates.isEmpty() || followersCount < 1) {
			return Set.of();
		}
		Set<Long> found = new HashSet<>();
		if (candidates.size() > Math.ceilDiv(followersCount, pageSize)) {
			forEachFollowerPage(accountId, pageSize,
					(followers) -> followers.stream().filter(candidates::contains).forEach(found::add));
			return found;
		}
		List<Long> all = List.copyOf(candidates);
		for (int from = 0; from < all.size(); from += CONCURRENT_CHECKS) {
			List<Long> wave = all.subList(from, Math.min(from + CONCURRENT_CHECKS, all.size()));
			List<ListenableFuture<AccountIdList>> answers = wave.stream()
				.map((candidate) -> this.concurrentGraph.checkFollows(
						CheckFollowsRequest.newBuilder().setFollowerId(candidate).addFolloweeIds(accountId).build()))
				.toList();
			for (int i = 0; i < wave.size(); i++) {
				if (followed(answers.get(i)).contains(accountId)) {
					found.add(wave.get(i));
				}
			}
		}
		return found;
	}

	/**
	 * The answer of a {@code CheckFollows}; an account users does not know follows
	 * nobody.
	 */
	private static List<Long> followed(ListenableFuture<AccountIdList> answer) {
		return answer(answer, AccountIdList.getDefaultInstance()).getIdsList();
	}

	/**
	 * The answer of an asynchronous call, or {@code unknown} when users does not know the
	 * account; other failures are thrown as the blocking stub would throw them.
	 */
	private static <T> T answer(ListenableFuture<T> answer, T unknown) {
		try {
			return Answers.await(answer);
		}
		catch (StatusRuntimeException ex) {
			if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
				return unknown;
			}
			throw ex;
		}
	}

	private FollowerPage followers(long accountId, long after, int pageSize) {
		try {
			return this.graph.listFollowers(followersRequest(accountId, after, pageSize));
		}
		catch (StatusRuntimeException ex) {
			if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
				return FollowerPage.getDefaultInstance();
			}
			throw ex;
		}
	}

	private static ListFollowersRequest followersRequest(long accountId, long after, int pageSize) {
		return ListFollowersRequest.newBuilder().setAccountId(accountId).setAfterId(after).setLimit(pageSize).build();
	}

}
