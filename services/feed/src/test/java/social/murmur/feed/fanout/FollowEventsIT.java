package social.murmur.feed.fanout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.Topics;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.feed.Events;
import social.murmur.feed.FeedIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class FollowEventsIT extends FeedIntegrationTest {

	@Test
	void followMergesTheNewestFortyStatusesOfTheFollowedAccount() {
		long viewer = newAccount();
		long bob = newAccount();
		giveTimelines(List.of(viewer));
		List<Long> bobs = newestFirst(this.posts.post(bob, 45));

		this.users.follow(viewer, bob);
		publish(Topics.ACCOUNT_FOLLOWED, viewer, Events.followed(viewer, bob));

		awaitTimeline(viewer, (timeline) -> assertThat(timeline).isEqualTo(bobs.subList(0, 40)));
	}

	@Test
	void followMergeLeavesOutRepliesToAccountsTheFollowerDoesNotFollow() {
		long viewer = newAccount();
		long bob = newAccount();
		long alice = newAccount();
		long stranger = newAccount();
		this.users.follow(viewer, alice);
		giveTimelines(List.of(viewer));
		Status plain = this.posts.post(bob);
		Status toStranger = this.posts.reply(bob, this.posts.post(stranger));
		Status toAlice = this.posts.reply(bob, this.posts.post(alice));
		Status toViewer = this.posts.reply(bob, this.posts.post(viewer));

		this.users.follow(viewer, bob);
		publish(Topics.ACCOUNT_FOLLOWED, viewer, Events.followed(viewer, bob));

		awaitTimeline(viewer,
				(timeline) -> assertThat(timeline).containsExactly(toViewer.getId(), toAlice.getId(), plain.getId()));
		assertThat(timeline(viewer)).doesNotContain(toStranger.getId());
	}

	@Test
	void followEventIsIgnoredWhenTheFollowWasUndoneSince() {
		long viewer = newAccount();
		long bob = newAccount();
		long carol = newAccount();
		giveTimelines(List.of(viewer));
		this.posts.post(bob, 2);
		Status carols = this.posts.post(carol);
		this.users.follow(viewer, carol);

		publish(Topics.ACCOUNT_FOLLOWED, viewer, Events.followed(viewer, bob));
		publish(Topics.ACCOUNT_FOLLOWED, viewer, Events.followed(viewer, carol));

		awaitTimeline(viewer, (timeline) -> assertThat(timeline).containsExactly(carols.getId()));
	}

	@Test
	void unfollowRemovesOnlyTheUnfollowedAccountsStatuses() {
		long viewer = newAccount();
		long alice = newAccount();
		long bob = newAccount();
		this.users.follow(viewer, alice);
		this.users.follow(viewer, bob);
		List<Long> expected = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			expected.add(this.posts.post(alice).getId());
			this.posts.post(bob);
		}
		expected.add(this.posts.post(viewer).getId());
		home(viewer);
		assertThat(timeline(viewer)).hasSize(11);

		this.users.unfollow(viewer, bob);
		publish(Topics.ACCOUNT_UNFOLLOWED, viewer, Events.unfollowed(viewer, bob));

		awaitTimeline(viewer, (timeline) -> assertThat(timeline)
			.isEqualTo(expected.stream().sorted(Comparator.reverseOrder()).toList()));
	}

	@Test
	void unfollowEventIsIgnoredWhenFollowingAgainSince() {
		long viewer = newAccount();
		long bob = newAccount();
		long carol = newAccount();
		this.users.follow(viewer, bob);
		this.users.follow(viewer, carol);
		List<Long> bobs = newestFirst(this.posts.post(bob, 3));
		this.posts.post(carol, 2);
		home(viewer);
		this.users.unfollow(viewer, carol);

		publish(Topics.ACCOUNT_UNFOLLOWED, viewer, Events.unfollowed(viewer, bob));
		publish(Topics.ACCOUNT_UNFOLLOWED, viewer, Events.unfollowed(viewer, carol));

		awaitTimeline(viewer, (timeline) -> assertThat(timeline).isEqualTo(bobs));
	}

	@Test
	void redeliveredFollowEventsChangeNothing() {
		long viewer = newAccount();
		long bob = newAccount();
		long carol = newAccount();
		long dave = newAccount();
		giveTimelines(List.of(viewer));
		List<Long> bobs = newestFirst(this.posts.post(bob, 2));
		List<Long> carols = newestFirst(this.posts.post(carol, 2));
		List<Long> daves = newestFirst(this.posts.post(dave, 2));
		this.users.follow(viewer, bob);
		this.users.follow(viewer, carol);

		publish(Topics.ACCOUNT_FOLLOWED, viewer, Events.followed(viewer, bob));
		publish(Topics.ACCOUNT_FOLLOWED, viewer, Events.followed(viewer, bob));
		publish(Topics.ACCOUNT_FOLLOWED, viewer, Events.followed(viewer, carol));
		List<Long> both = newestFirst(bobs, carols);
		awaitTimeline(viewer, (timeline) -> assertThat(timeline).isEqualTo(both));

		this.users.unfollow(viewer, carol);
		publish(Topics.ACCOUNT_UNFOLLOWED, viewer, Events.unfollowed(viewer, carol));
		publish(Topics.ACCOUNT_UNFOLLOWED, viewer, Events.unfollowed(viewer, carol));
		awaitTimeline(viewer, (timeline) -> assertThat(timeline).isEqualTo(bobs));

		this.users.follow(viewer, dave);
		publish(Topics.ACCOUNT_FOLLOWED, viewer, Events.followed(viewer, dave));
		awaitTimeline(viewer, (timeline) -> assertThat(timeline).isEqualTo(newestFirst(bobs, daves)));
	}

	private void home(long viewer) {
		assertThat(
				get("/api/v1/timelines/home", social.murmur.testsupport.TestIdentities.forAccount(viewer)).statusCode())
			.isEqualTo(200);
	}

	private static List<Long> newestFirst(List<Status> statuses) {
		return statuses.stream().map(Status::getId).sorted(Comparator.reverseOrder()).toList();
	}

	@SafeVarargs
	private static List<Long> newestFirst(List<Long>... ids) {
		return java.util.Arrays.stream(ids).flatMap(List::stream).sorted(Comparator.reverseOrder()).toList();
	}

}
