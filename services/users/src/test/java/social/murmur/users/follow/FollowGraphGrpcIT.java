package social.murmur.users.follow;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.users.v1.CheckFollowsRequest;
import social.murmur.contracts.users.v1.FollowerPage;
import social.murmur.contracts.users.v1.ListFollowersRequest;
import social.murmur.contracts.users.v1.ListFollowingRequest;
import social.murmur.testsupport.TestIdentities;
import social.murmur.users.UsersIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class FollowGraphGrpcIT extends UsersIntegrationTest {

	@Test
	void listsFollowersInAscendingIdOrderPageByPage() {
		long star = newAccount().getId();
		List<Long> followers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long follower = newAccount().getId();
			follow(follower, star, i % 2 == 0);
			followers.add(follower);
		}
		FollowerPage first = followGraphGrpc()
			.listFollowers(ListFollowersRequest.newBuilder().setAccountId(star).setLimit(2).build());
		assertThat(first.getFollowerIdsList()).containsExactly(followers.get(0), followers.get(1));
		assertThat(first.getNextAfterId()).isEqualTo(followers.get(1));
		FollowerPage second = followGraphGrpc().listFollowers(ListFollowersRequest.newBuilder()
			.setAccountId(star)
			.setAfterId(first.getNextAfterId())
			.setLimit(2)
			.build());
		assertThat(second.getFollowerIdsList()).containsExactly(followers.get(2), followers.get(3));
		FollowerPage last = followGraphGrpc().listFollowers(ListFollowersRequest.newBuilder()
			.setAccountId(star)
			.setAfterId(second.getNextAfterId())
			.setLimit(2)
			.build());
		assertThat(last.getFollowerIdsList()).containsExactly(followers.get(4));
		assertThat(last.getNextAfterId()).isZero();
	}

	@Test
	void anUnsetOrHugeLimitGivesOneFullPage() {
		long star = newAccount().getId();
		long follower = newAccount().getId();
		follow(follower, star, false);
		for (int limit : new int[] { 0, 100_000 }) {
			FollowerPage page = followGraphGrpc()
				.listFollowers(ListFollowersRequest.newBuilder().setAccountId(star).setLimit(limit).build());
			assertThat(page.getFollowerIdsList()).containsExactly(follower);
			assertThat(page.getNextAfterId()).isZero();
		}
		FollowerPage negative = followGraphGrpc()
			.listFollowers(ListFollowersRequest.newBuilder().setAccountId(star).setLimit(-3).build());
		assertThat(negative.getFollowerIdsList()).containsExactly(follower);
	}

	@Test
	void notifyOnlyListsFollowersWhoAskedForNotifications() {
		long star = newAccount().getId();
		long quiet = newAccount().getId();
		long eager = newAccount().getId();
		follow(quiet, star, false);
		follow(eager, star, true);
		FollowerPage page = followGraphGrpc()
			.listFollowers(ListFollowersRequest.newBuilder().setAccountId(star).setNotifyOnly(true).build());
		assertThat(page.getFollowerIdsList()).containsExactly(eager);
	}

	@Test
	void listsFollowingAndChecksFollows() {
		long reader = newAccount().getId();
		long a = newAccount().getId();
		long b = newAccount().getId();
		long c = newAccount().getId();
		follow(reader, a, false);
		follow(reader, c, false);
		assertThat(followGraphGrpc().listFollowing(ListFollowingRequest.newBuilder().setAccountId(reader).build())
			.getIdsList()).containsExactly(a, c);
		assertThat(followGraphGrpc()
			.checkFollows(CheckFollowsRequest.newBuilder()
				.setFollowerId(reader)
				.addFolloweeIds(c)
				.addFolloweeIds(b)
				.addFolloweeIds(a)
				.addFolloweeIds(404_404L)
				.build())
			.getIdsList()).containsExactly(c, a);
	}

	@Test
	void unknownAccountsHaveNoFollowers() {
		assertThat(followGraphGrpc().listFollowers(ListFollowersRequest.newBuilder().setAccountId(404_405L).build())
			.getFollowerIdsList()).isEmpty();
		assertThat(followGraphGrpc().listFollowing(ListFollowingRequest.newBuilder().setAccountId(404_405L).build())
			.getIdsList()).isEmpty();
	}

	private void follow(long follower, long followee, boolean notify) {
		Response response = send("POST", "/api/v1/accounts/" + followee + "/follow",
				TestIdentities.forAccount(follower), "application/json", "{\"notify\":" + notify + "}");
		assertThat(response.status()).isEqualTo(200);
	}

}
