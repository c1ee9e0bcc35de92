package social.murmur.feed.timeline.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.RedisCallback;
import social.murmur.contracts.Topics;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.users.v1.Account;
import social.murmur.feed.Events;
import social.murmur.feed.FeedIntegrationTest;
import social.murmur.feed.timeline.IdWindow;
import social.murmur.feed.timeline.TimelineKeys;
import social.murmur.testsupport.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The home feed's hot path: celebrities merged in when read, reads from the caches alone,
 * inactive timelines and returning accounts.
 */
class HomeTimelineAtScaleIT extends FeedIntegrationTest {

	@Test
	void celebrityStatusesAreMergedInWhenReadInsteadOfFannedOut() {
		long viewer = newAccount();
		long other = newAccount();
		long celebrity = newAccount();
		long alice = newAccount();
		makeCelebrity(celebrity, List.of(viewer, other));
		this.users.follow(viewer, alice);
		Status old = this.posts.post(celebrity);
		assertThat(ids(home(viewer, ""))).containsExactly(old.getId());
		assertThat(this.redis.opsForValue().get(TimelineKeys.celebrities(viewer))).isEqualTo(Long.toString(celebrity));
		giveTimelines(List.of(other));

		Status fresh = this.posts.post(celebrity);
		Status alices = this.posts.post(alice);
		publish(Topics.STATUS_PUBLISHED, celebrity, Events.published(fresh));
		publish(Topics.STATUS_PUBLISHED, alice, Events.published(alices));

		awaitTimeline(viewer, (timeline) -> assertThat(timeline).contains(alices.getId()));
		assertThat(timeline(viewer)).doesNotContain(fresh.getId());
		assertThat(timeline(other)).isEmpty();
		assertThat(ids(home(viewer, ""))).containsExactly(alices.getId(), fresh.getId(), old.getId());
		assertThat(ids(home(viewer, "?limit=1&max_id=" + alices.getId()))).containsExactly(fresh.getId());
		assertThat(ids(home(viewer, "?min_id=" + old.getId()))).containsExactly(alices.getId(), fresh.getId());

		publish(Topics.STATUS_DELETED, celebrity, Events.deleted(fresh));
		this.posts.delete(fresh.getId());
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(ids(home(viewer, ""))).containsExactly(alices.getId(), old.getId()));
		assertThat(this.redis.opsForZSet().range(TimelineKeys.celebrityStatuses(celebrity), 0, -1)).isEmpty();
	}

	@Test
	void aCelebrityStatusAnotherInstanceAddedShowsOnFirstPagesOnceTheKeptNewestExpire() {
		long viewer = newAccount();
		long celebrity = newAccount();
		Status old = celebrityStatusSeenBy(viewer, celebrity);

		// Fanned out by another feed instance: in Redis, unknown to this instance's
		// memory.
		Status fresh = this.posts.post(celebrity);
		this.redis.opsForZSet()
			.add(TimelineKeys.celebrityStatuses(celebrity), Long.toString(fresh.getId()),
					IdWindow.score(fresh.getId()));

		// Pages with a bound read Redis; first pages show it within the kept ids' second.
		assertThat(ids(home(viewer, "?max_id=" + (fresh.getId() + 1)))).containsExactly(fresh.getId(), old.getId());
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(ids(home(viewer, ""))).containsExactly(fresh.getId(), old.getId()));
	}

	@Test
	void followersOfAnAccountThatBecomesACelebrityStartMergingItsStatuses() {
		long viewer = newAccount();
		long idle = newAccount();
		long rising = newAccount();
		long celebrity = newAccount();
		makeCelebrity(celebrity, List.of(viewer));
		this.users.follow(viewer, rising);
		this.users.follow(idle, rising);
		assertThat(ids(home(viewer, ""))).isEmpty();
		assertThat(this.redis.opsForValue().get(TimelineKeys.celebrities(viewer))).isEqualTo(Long.toString(celebrity));
		int asked = this.users.listFollowingCalls(viewer);

		makeCelebrity(rising, List.of());
		Status status = this.posts.post(rising);
		publish(Topics.STATUS_PUBLISHED, rising, Events.published(status));

		// Added to the cached list, which keeps its time to live: the next read merges
		// the new celebrity in without asking users whom the viewer follows.
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.redis.opsForValue().get(TimelineKeys.celebrities(viewer)))
				.isEqualTo(celebrity + "," + rising));
		assertThat(ttl(TimelineKeys.celebrities(viewer))).isPositive();
		assertThat(ids(home(viewer, ""))).containsExactly(status.getId());
		assertThat(this.users.listFollowingCalls(viewer)).isEqualTo(asked);
		assertThat(timeline(viewer)).isEmpty();
		// A follower who never read has no list to add to: it is built on the next read.
		assertThat(this.redis.hasKey(TimelineKeys.celebrities(idle))).isFalse();

		// Announcing again (a replay after a crash before it was marked done) adds
		// nothing twice.
		this.redis.delete(TimelineKeys.celebrityAnnounced(rising));
		Status next = this.posts.post(rising);
		publish(Topics.STATUS_PUBLISHED, rising, Events.published(next));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.redis.hasKey(TimelineKeys.celebrityAnnounced(rising))).isTrue());
		assertThat(this.redis.opsForValue().get(TimelineKeys.celebrities(viewer))).isEqualTo(celebrity + "," + rising);
		assertThat(ids(home(viewer, ""))).containsExactly(next.getId(), status.getId());
	}

	@Test
	void unfollowingACelebrityStopsMergingItsStatuses() {
		long viewer = newAccount();
		long celebrity = newAccount();
		Status status = celebrityStatusSeenBy(viewer, celebrity);

		this.users.unfollow(viewer, celebrity);
		publish(Topics.ACCOUNT_UNFOLLOWED, viewer, Events.unfollowed(viewer, celebrity));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids(home(viewer, ""))).isEmpty());
	}

	@Test
	void aWarmReadCallsNeitherPostsNorUsers() {
		long viewer = newAccount();
		long alice = newAccount();
		long celebrity = newAccount();
		this.users.follow(viewer, alice);
		makeCelebrity(celebrity, List.of(viewer));
		Status own = this.posts.post(viewer);
		assertThat(ids(home(viewer, ""))).containsExactly(own.getId());
		Status alices = this.posts.post(alice);
		Status celebrities = this.posts.post(celebrity);
		publish(Topics.STATUS_PUBLISHED, alice, Events.published(alices));
		publish(Topics.STATUS_PUBLISHED, celebrity, Events.published(celebrities));
		List<Long> expected = List.of(celebrities.getId(), alices.getId(), own.getId());
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids(home(viewer, ""))).isEqualTo(expected));
		List<Long> involved = List.of(viewer, alice, celebrity, own.getId(), alices.getId(), celebrities.getId());
		int statusCalls = this.posts.getStatusesRequests().size();
		int listCalls = this.posts.listStatusIdsRequests().size();
		int accountCalls = this.profiles.requests().size();
		int followingCalls = this.users.listFollowingCalls(viewer);

		HttpResponse<String> warm = home(viewer, "");

		assertThat(ids(warm)).isEqualTo(expected);
		assertThat(json(warm).get(0).get("account").get("username").asString()).isEqualTo("user" + celebrity);
		assertThat(mentioning(
				this.posts.getStatusesRequests().subList(statusCalls, this.posts.getStatusesRequests().size()),
				involved))
			.isEmpty();
		assertThat(mentioning(
				this.posts.listStatusIdsRequests().subList(listCalls, this.posts.listStatusIdsRequests().size()),
				involved))
			.isEmpty();
		assertThat(
				mentioning(this.profiles.requests().subList(accountCalls, this.profiles.requests().size()), involved))
			.isEmpty();
		assertThat(this.users.listFollowingCalls(viewer)).isEqualTo(followingCalls);
	}

	@Test
	void aReplyRefreshesItsParentsRepliesCount() {
		long viewer = newAccount();
		Status parent = this.posts.post(viewer);
		assertThat(json(home(viewer, "")).get(0).get("replies_count").asInt()).isZero();
		this.posts.setRepliesCount(parent.getId(), 1);
		Status reply = this.posts.reply(viewer, parent);

		publish(Topics.STATUS_PUBLISHED, viewer, Events.published(reply));

		await().atMost(PATIENCE).untilAsserted(() -> {
			HttpResponse<String> page = home(viewer, "");
			assertThat(ids(page)).containsExactly(reply.getId(), parent.getId());
			assertThat(json(page).get(1).get("replies_count").asInt()).isOne();
		});
	}

	@Test
	void aProfileChangeShowsOnTheNextRead() {
		long viewer = newAccount();
		this.posts.post(viewer);
		assertThat(json(home(viewer, "")).get(0).get("account").get("display_name").asString())
			.isEqualTo("User " + viewer);
		this.posts.renameAuthor(viewer, "Renamed");

		publish(Topics.ACCOUNT_UPDATED, viewer,
				social.murmur.contracts.events.v1.AccountUpdated.newBuilder()
					.setEventId(1)
					.setAccountId(viewer)
					.build());

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(json(home(viewer, "")).get(0).get("account").get("display_name").asString())
				.isEqualTo("Renamed"));
	}

	@Test
	void aProfileChangeAnotherInstanceCachedShowsOnceTheKeptAuthorsExpire() throws Exception {
		long viewer = newAccount();
		this.posts.post(viewer);
		// The first read hydrates from posts; the second from Redis, keeping the author.
		for (int read = 0; read < 2; read++) {
			assertThat(json(home(viewer, "")).get(0).get("account").get("display_name").asString())
				.isEqualTo("User " + viewer);
		}

		// Another feed instance learned of the change and cached the new profile in
		// Redis.
		byte[] key = ("feed:account:{" + viewer + "}").getBytes(StandardCharsets.UTF_8);
		Account cached = Account.parseFrom(
				this.redis.execute((RedisCallback<byte[]>) (connection) -> connection.stringCommands().get(key)));
		byte[] renamed = cached.toBuilder().setDisplayName("Renamed elsewhere").build().toByteArray();
		this.redis.execute((RedisCallback<Boolean>) (connection) -> connection.stringCommands().set(key, renamed));

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(json(home(viewer, "")).get(0).get("account").get("display_name").asString())
				.isEqualTo("Renamed elsewhere"));
	}

	@Test
	void readingKeepsATimelineAliveForTheActiveDays() {
		long viewer = newAccount();
		this.posts.post(viewer);
		home(viewer, "");
		long thirtyDays = Duration.ofDays(30).toMillis();
		assertThat(ttl(TimelineKeys.marker(viewer))).isBetween(thirtyDays - 60_000, thirtyDays);
		assertThat(ttl(TimelineKeys.timeline(viewer))).isBetween(thirtyDays - 60_000, thirtyDays);

		this.redis.expire(TimelineKeys.marker(viewer), Duration.ofDays(2));
		this.redis.expire(TimelineKeys.timeline(viewer), Duration.ofDays(2));
		home(viewer, "");

		assertThat(ttl(TimelineKeys.marker(viewer))).isBetween(thirtyDays - 60_000, thirtyDays);
		assertThat(ttl(TimelineKeys.timeline(viewer))).isBetween(thirtyDays - 60_000, thirtyDays);
	}

	@Test
	void anExpiredTimelineIsSkippedByFanOutAndRebuiltWhenTheAccountReturns() {
		long viewer = newAccount();
		long alice = newAccount();
		this.users.follow(viewer, alice);
		Status before = this.posts.post(alice);
		assertThat(ids(home(viewer, ""))).containsExactly(before.getId());
		// What expiry does to an account that stopped reading.
		this.redis.delete(List.of(TimelineKeys.marker(viewer), TimelineKeys.timeline(viewer)));

		Status whileAway = this.posts.post(alice);
		Status sentinel = this.posts.post(alice);
		publish(Topics.STATUS_PUBLISHED, alice, Events.published(whileAway));
		giveTimelines(List.of(alice));
		publish(Topics.STATUS_PUBLISHED, alice, Events.published(sentinel));
		awaitTimeline(alice, (timeline) -> assertThat(timeline).contains(sentinel.getId()));
		assertThat(this.redis.hasKey(TimelineKeys.timeline(viewer))).isFalse();

		assertThat(ids(home(viewer, ""))).containsExactly(sentinel.getId(), whileAway.getId(), before.getId());
	}

	@Test
	void aSlowRebuildAnswersPartialContentUntilTheTimelineIsReady() {
		long viewer = newAccount();
		Status own = this.posts.post(viewer);
		// Each call within the 2 s gRPC deadline, the build (two calls) beyond the 2 s
		// a read waits for it.
		this.posts.slowDown(Duration.ofMillis(1_500));
		try {
			HttpResponse<String> first = home(viewer, "");

			assertThat(first.statusCode()).isEqualTo(206);
			assertThat(first.body()).isEqualTo("[]");
			await().atMost(PATIENCE)
				.untilAsserted(
						() -> assertThat(this.redis.opsForValue().get(TimelineKeys.marker(viewer))).isEqualTo("built"));
		}
		finally {
			this.posts.recover();
		}
		HttpResponse<String> ready = home(viewer, "");
		assertThat(ready.statusCode()).isEqualTo(200);
		assertThat(ids(ready)).containsExactly(own.getId());
	}

	@Test
	void measuresTheRebuildOfAFullTimeline() {
		long viewer = newAccount();
		List<Long> authors = newAccounts(50);
		authors.forEach((author) -> this.users.follow(viewer, author));
		for (int i = 0; i < 20; i++) {
			authors.forEach((author) -> this.posts.post(author));
		}
		long[] millis = new long[5];
		for (int round = 0; round < millis.length; round++) {
			this.redis.delete(List.of(TimelineKeys.marker(viewer), TimelineKeys.timeline(viewer)));
			long start = System.nanoTime();
			HttpResponse<String> response = home(viewer, "");
			millis[round] = (System.nanoTime() - start) / 1_000_000;
			assertThat(response.statusCode()).isEqualTo(200);
		}
		assertThat(timeline(viewer)).hasSize(800);
		long warmStart = System.nanoTime();
		home(viewer, "");
		long warm = (System.nanoTime() - warmStart) / 1_000_000;
		System.out.printf(
				"[feed rebuild] first read of a missing 800-status timeline (50 followed accounts, "
						+ "in-process posts/users fakes): %s ms; a warm read afterwards: %d ms%n",
				java.util.Arrays.toString(millis), warm);
	}

	/**
	 * Makes a celebrity the viewer follows, and has it post a status that the viewer's
	 * home timeline shows.
	 */
	private Status celebrityStatusSeenBy(long viewer, long celebrity) {
		makeCelebrity(celebrity, List.of(viewer));
		Status status = this.posts.post(celebrity);
		publish(Topics.STATUS_PUBLISHED, celebrity, Events.published(status));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(ids(home(viewer, ""))).containsExactly(status.getId()));
		return status;
	}

	/** Gives an account enough followers to be a celebrity, the given ones among them. */
	private void makeCelebrity(long celebrity, List<Long> followers) {
		followers.forEach((follower) -> this.users.follow(follower, celebrity));
		newAccounts(CELEBRITY_THRESHOLD).forEach((follower) -> this.users.follow(follower, celebrity));
	}

	private long ttl(String key) {
		Long ttl = this.redis.getExpire(key, java.util.concurrent.TimeUnit.MILLISECONDS);
		return (ttl != null) ? ttl : -2;
	}

	private static List<List<Long>> mentioning(List<List<Long>> requests, Collection<Long> ids) {
		return requests.stream().filter((request) -> request.stream().anyMatch(ids::contains)).toList();
	}

	private HttpResponse<String> home(long viewer, String query) {
		return get("/api/v1/timelines/home" + query, TestIdentities.forAccount(viewer));
	}

}
