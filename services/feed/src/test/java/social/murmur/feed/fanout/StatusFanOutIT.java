package social.murmur.feed.fanout;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.Topics;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.feed.Events;
import social.murmur.feed.FeedIntegrationTest;
import social.murmur.feed.timeline.TimelineKeys;
import social.murmur.testsupport.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StatusFanOutIT extends FeedIntegrationTest {

	@Test
	void publishedStatusReachesTheAuthorAndEveryFollower() {
		long author = newAccount();
		List<Long> followers = newAccounts(3);
		followers.forEach((follower) -> this.users.follow(follower, author));
		giveTimelines(List.of(author, followers.get(0), followers.get(1), followers.get(2)));
		Status status = this.posts.post(author);

		publish(Topics.STATUS_PUBLISHED, author, Events.published(status));

		awaitTimeline(author, (timeline) -> assertThat(timeline).containsExactly(status.getId()));
		for (long follower : followers) {
			awaitTimeline(follower, (timeline) -> assertThat(timeline).containsExactly(status.getId()));
		}
	}

	@Test
	void publishedStatusLeavesTimelinesThatWereNeverBuiltAlone() {
		long author = newAccount();
		long withTimeline = newAccount();
		long withoutTimeline = newAccount();
		this.users.follow(withTimeline, author);
		this.users.follow(withoutTimeline, author);
		giveTimelines(List.of(withTimeline));
		Status status = this.posts.post(author);

		publish(Topics.STATUS_PUBLISHED, author, Events.published(status));

		awaitTimeline(withTimeline, (timeline) -> assertThat(timeline).containsExactly(status.getId()));
		assertThat(this.redis.hasKey(TimelineKeys.timeline(withoutTimeline))).isFalse();
		assertThat(this.redis.hasKey(TimelineKeys.timeline(author))).isFalse();
	}

	@Test
	void replyToAnotherAccountReachesOnlyFollowersWhoFollowThatAccountToo() {
		long author = newAccount();
		long repliedTo = newAccount();
		long followsBoth = newAccount();
		long followsAuthorOnly = newAccount();
		this.users.follow(followsBoth, author);
		this.users.follow(followsBoth, repliedTo);
		this.users.follow(followsAuthorOnly, author);
		// The replied-to account gets the reply when it follows the author.
		this.users.follow(repliedTo, author);
		giveTimelines(List.of(author, repliedTo, followsBoth, followsAuthorOnly));
		Status original = this.posts.post(repliedTo);
		Status reply = this.posts.reply(author, original);
		Status sentinel = this.posts.post(author);

		publish(Topics.STATUS_PUBLISHED, author, Events.published(reply));
		publish(Topics.STATUS_PUBLISHED, author, Events.published(sentinel));

		awaitTimeline(followsAuthorOnly, (timeline) -> assertThat(timeline).containsExactly(sentinel.getId()));
		assertThat(timeline(followsBoth)).containsExactly(sentinel.getId(), reply.getId());
		assertThat(timeline(repliedTo)).containsExactly(sentinel.getId(), reply.getId());
		assertThat(timeline(author)).containsExactly(sentinel.getId(), reply.getId());
	}

	@Test
	void replyToOnesOwnStatusReachesEveryFollower() {
		long author = newAccount();
		long follower = newAccount();
		this.users.follow(follower, author);
		giveTimelines(List.of(follower));
		Status original = this.posts.post(author);
		Status thread = this.posts.reply(author, original);

		publish(Topics.STATUS_PUBLISHED, author, Events.published(thread));

		awaitTimeline(follower, (timeline) -> assertThat(timeline).containsExactly(thread.getId()));
	}

	@Test
	void replyFanOutSeeksTheRepliedToAccountsFollowersAcrossFollowerPages() {
		long author = newAccount();
		long repliedTo = newAccount();
		List<Long> followers = newAccounts(2_100);
		followers.forEach((follower) -> this.users.follow(follower, author));
		List<Long> followingBoth = IntStream.range(0, followers.size())
			.filter((i) -> i % 100 == 7)
			.mapToObj(followers::get)
			.toList();
		followingBoth.forEach((follower) -> this.users.follow(follower, repliedTo));
		giveTimelines(followers);
		Status reply = this.posts.reply(author, this.posts.post(repliedTo));

		publish(Topics.STATUS_PUBLISHED, author, Events.published(reply));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(holding(followingBoth, reply.getId())).containsOnly(true));
		List<Boolean> held = holding(followers, reply.getId());
		assertThat(IntStream.range(0, followers.size()).filter(held::get).mapToObj(followers::get))
			.containsExactlyInAnyOrderElementsOf(followingBoth);
	}

	@Test
	void fanOutReachesFollowersBeyondTheFirstBatch() {
		long author = newAccount();
		List<Long> followers = newAccounts(2_100);
		followers.forEach((follower) -> this.users.follow(follower, author));
		giveTimelines(followers);
		Status status = this.posts.post(author);

		publish(Topics.STATUS_PUBLISHED, author, Events.published(status));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(holding(followers, status.getId())).containsOnly(true));
	}

	@Test
	void directStatusReachesOnlyTheAuthorAndTheMentionedAccounts() {
		long author = newAccount();
		long follower = newAccount();
		long mentioned = newAccount();
		this.users.follow(follower, author);
		giveTimelines(List.of(author, follower, mentioned));
		Status direct = this.posts.direct(author, mentioned);
		Status sentinel = this.posts.post(author);

		publish(Topics.STATUS_PUBLISHED, author, Events.published(direct));
		publish(Topics.STATUS_PUBLISHED, author, Events.published(sentinel));

		awaitTimeline(follower, (timeline) -> assertThat(timeline).containsExactly(sentinel.getId()));
		assertThat(timeline(mentioned)).containsExactly(direct.getId());
		assertThat(timeline(author)).containsExactly(sentinel.getId(), direct.getId());
	}

	@Test
	void timelineKeepsOnlyTheNewestEightHundredStatuses() {
		long viewer = newAccount();
		long author = newAccount();
		this.users.follow(viewer, author);
		List<Long> old = this.posts.post(author, 800).stream().map(Status::getId).toList();
		assertThat(get("/api/v1/timelines/home", TestIdentities.forAccount(viewer)).statusCode()).isEqualTo(200);
		assertThat(timeline(viewer)).hasSize(800);
		List<Status> fresh = this.posts.post(author, 3);

		fresh.forEach((status) -> publish(Topics.STATUS_PUBLISHED, author, Events.published(status)));

		awaitTimeline(viewer, (timeline) -> assertThat(timeline).hasSize(800)
			.startsWith(fresh.get(2).getId(), fresh.get(1).getId(), fresh.get(0).getId()));
		assertThat(timeline(viewer)).doesNotContain(old.get(0), old.get(1), old.get(2)).contains(old.get(3));
	}

	@Test
	void deletedStatusLeavesTheAuthorsAndEveryFollowersTimeline() {
		long author = newAccount();
		List<Long> followers = newAccounts(2);
		followers.forEach((follower) -> this.users.follow(follower, author));
		giveTimelines(List.of(author, followers.get(0), followers.get(1)));
		Status kept = this.posts.post(author);
		Status deleted = this.posts.post(author);
		publish(Topics.STATUS_PUBLISHED, author, Events.published(kept));
		publish(Topics.STATUS_PUBLISHED, author, Events.published(deleted));
		awaitTimeline(followers.get(1), (timeline) -> assertThat(timeline).hasSize(2));

		publish(Topics.STATUS_DELETED, author, Events.deleted(deleted));

		for (long account : List.of(author, followers.get(0), followers.get(1))) {
			awaitTimeline(account, (timeline) -> assertThat(timeline).containsExactly(kept.getId()));
		}
	}

	@Test
	void redeliveredStatusEventsChangeNothing() {
		long author = newAccount();
		long follower = newAccount();
		this.users.follow(follower, author);
		giveTimelines(List.of(follower));
		Status status = this.posts.post(author);
		Status deleted = this.posts.post(author);
		Status sentinel = this.posts.post(author);

		publish(Topics.STATUS_PUBLISHED, author, Events.published(status));
		publish(Topics.STATUS_PUBLISHED, author, Events.published(status));
		publish(Topics.STATUS_PUBLISHED, author, Events.published(deleted));
		publish(Topics.STATUS_PUBLISHED, author, Events.published(sentinel));
		awaitTimeline(follower,
				(timeline) -> assertThat(timeline).containsExactly(sentinel.getId(), deleted.getId(), status.getId()));

		publish(Topics.STATUS_DELETED, author, Events.deleted(deleted));
		publish(Topics.STATUS_DELETED, author, Events.deleted(deleted));
		awaitTimeline(follower, (timeline) -> assertThat(timeline).containsExactly(sentinel.getId(), status.getId()));
		Status later = this.posts.post(author);
		publish(Topics.STATUS_PUBLISHED, author, Events.published(later));
		awaitTimeline(follower,
				(timeline) -> assertThat(timeline).containsExactly(later.getId(), sentinel.getId(), status.getId()));
		assertThat(Collections.frequency(timeline(follower), status.getId())).isOne();
	}

}
