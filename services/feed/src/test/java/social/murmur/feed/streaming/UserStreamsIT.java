package social.murmur.feed.streaming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import social.murmur.contracts.Topics;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.streaming.UserStreams;
import social.murmur.feed.Events;
import social.murmur.feed.FeedIntegrationTest;
import social.murmur.testsupport.SharedInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stream events as a notifications instance receives them: subscribed to account channels
 * on a connection of its own, with accounts marked online in the presence set.
 */
class UserStreamsIT extends FeedIntegrationTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private OnlineAccounts online;

	private final Map<String, BlockingQueue<String>> received = new ConcurrentHashMap<>();

	private final List<Long> markedOnline = new ArrayList<>();

	private RedisClient client;

	private StatefulRedisPubSubConnection<String, String> subscriber;

	@BeforeEach
	void subscribe() {
		this.client = RedisClient.create(RedisURI.create("127.0.0.1", SharedInfrastructure.redisPort()));
		this.subscriber = this.client.connectPubSub();
		this.subscriber.addListener(new RedisPubSubAdapter<>() {
			@Override
			public void message(String channel, String message) {
				queue(channel).add(message);
			}
		});
	}

	@AfterEach
	void unsubscribe() {
		this.markedOnline.forEach((account) -> this.redis.opsForZSet().remove(UserStreams.ONLINE, account.toString()));
		this.online.refresh();
		this.subscriber.close();
		this.client.shutdown();
	}

	@Test
	void onlineFollowersAndTheAuthorGetANewStatusAsAnUpdateWithTheMastodonStatus() {
		long author = newAccount();
		long follower = newAccount();
		long offlineFollower = newAccount();
		long onlineStranger = newAccount();
		this.users.follow(follower, author);
		this.users.follow(offlineFollower, author);
		listenTo(author, follower, offlineFollower, onlineStranger);
		goOnline(author, follower, onlineStranger);
		Status status = this.posts.post(author);

		publish(Topics.STATUS_PUBLISHED, author, Events.published(status));

		for (long account : List.of(follower, author)) {
			JsonNode event = next(account);
			// The StreamEvent contract's shape, nothing more.
			assertThat(event.propertyNames()).containsExactly("event", "payload");
			assertThat(event.get("event").asString()).isEqualTo("update");
			JsonNode payload = json.readTree(event.get("payload").asString());
			assertThat(payload.get("id").asString()).isEqualTo(Long.toString(status.getId()));
			assertThat(payload.get("content").asString()).isEqualTo(status.getContent());
			assertThat(payload.get("account").get("id").asString()).isEqualTo(Long.toString(author));
			assertThat(payload.get("account").get("username").asString()).isEqualTo("user" + author);
			assertThat(payload.get("favourites_count").asLong()).isZero();
			assertThat(payload.get("favourited").asBoolean()).isFalse();
			assertThat(payload.get("media_attachments")).isEmpty();
		}
		assertNothingMoreAfterTheNextStatusOf(author, follower, offlineFollower, onlineStranger);
	}

	@Test
	void aDirectStatusGoesOnlyToItsOnlineAudience() {
		long author = newAccount();
		long mentioned = newAccount();
		long follower = newAccount();
		this.users.follow(follower, author);
		listenTo(mentioned, follower);
		goOnline(mentioned, follower);
		Status direct = this.posts.direct(author, mentioned);

		publish(Topics.STATUS_PUBLISHED, author, Events.published(direct));

		assertThat(statusIdOf(next(mentioned))).isEqualTo(direct.getId());
		// The follower's first event is the next public status, not the direct one.
		assertNothingMoreAfterTheNextStatusOf(author, follower);
	}

	@Test
	void aDeletedStatusReachesOnlineFollowersAndMentionedAccountsAsADelete() {
		long author = newAccount();
		long follower = newAccount();
		long mentioned = newAccount();
		this.users.follow(follower, author);
		listenTo(follower, mentioned);
		Status direct = this.posts.direct(author, mentioned);
		// As its fan-out left it, while nobody was online.
		this.statusCache.put(List.of(direct));
		goOnline(follower, mentioned);

		publish(Topics.STATUS_DELETED, author, Events.deleted(direct));

		for (long account : List.of(follower, mentioned)) {
			JsonNode event = next(account);
			assertThat(event.get("event").asString()).isEqualTo("delete");
			assertThat(event.get("payload").asString()).isEqualTo(Long.toString(direct.getId()));
		}
	}

	@Test
	void aCelebritysStatusReachesItsOnlineFollowersWithoutFanOut() {
		long celebrity = newAccount();
		long follower = newAccount();
		long onlineStranger = newAccount();
		makeCelebrity(celebrity, List.of(follower));
		listenTo(follower, onlineStranger);
		goOnline(follower, onlineStranger);
		Status status = this.posts.post(celebrity);

		publish(Topics.STATUS_PUBLISHED, celebrity, Events.published(status));

		assertThat(statusIdOf(next(follower))).isEqualTo(status.getId());
		assertNothingMoreAfterTheNextStatusOf(celebrity, follower, onlineStranger);
	}

	@Test
	void aCelebritysStatusReachesItsOnlineFollowersWhenMoreAreOnlineThanItHasPagesOfFollowers() {
		long celebrity = newAccount();
		List<Long> followers = newAccounts(2);
		List<Long> strangers = newAccounts(3);
		makeCelebrity(celebrity, followers);
		List<Long> everyone = new ArrayList<>(followers);
		everyone.addAll(strangers);
		listenTo(everyone.stream().mapToLong(Long::longValue).toArray());
		goOnline(everyone.stream().mapToLong(Long::longValue).toArray());
		Status status = this.posts.post(celebrity);

		publish(Topics.STATUS_PUBLISHED, celebrity, Events.published(status));

		for (long follower : followers) {
			assertThat(statusIdOf(next(follower))).isEqualTo(status.getId());
		}
		assertNothingMoreAfterTheNextStatusOf(celebrity, everyone.stream().mapToLong(Long::longValue).toArray());
	}

	@Test
	void onlyAccountsWhoseConnectionIsVouchedForAreOnlineAndExpiredOnesArePruned() {
		long connected = newAccount();
		long gone = newAccount();
		long now = System.currentTimeMillis();
		this.redis.opsForZSet().add(UserStreams.ONLINE, Long.toString(connected), now + 60_000);
		this.redis.opsForZSet().add(UserStreams.ONLINE, Long.toString(gone), now - 1_000);
		this.markedOnline.addAll(List.of(connected, gone));

		this.online.refresh();

		assertThat(this.online.all()).contains(connected).doesNotContain(gone);
		assertThat(this.online.among(List.of(gone, connected))).containsExactly(connected);

		this.online.prune(System.currentTimeMillis());

		assertThat(this.redis.opsForZSet().score(UserStreams.ONLINE, Long.toString(gone))).isNull();
		assertThat(this.redis.opsForZSet().score(UserStreams.ONLINE, Long.toString(connected))).isNotNull();
	}

	@Test
	void anAccountAnnouncedAsJustConnectedGetsTheNextStatusBeforeThePresenceSetIsReadAgain() {
		long author = newAccount();
		long follower = newAccount();
		this.users.follow(follower, author);
		listenTo(follower);
		// Holding the snapshot's lock keeps its scheduled read out, so only the
		// announcement can count the follower in.
		synchronized (this.online) {
			// What a notifications instance does before it answers the handshake.
			this.redis.opsForZSet()
				.add(UserStreams.ONLINE, Long.toString(follower), System.currentTimeMillis() + 60_000);
			this.markedOnline.add(follower);
			this.redis.convertAndSend(UserStreams.JOINED, Long.toString(follower));
			await().atMost(PATIENCE).until(() -> this.online.among(List.of(follower)), (found) -> !found.isEmpty());
			Status status = this.posts.post(author);

			publish(Topics.STATUS_PUBLISHED, author, Events.published(status));

			assertThat(statusIdOf(next(follower))).isEqualTo(status.getId());
		}
	}

	@Test
	void anAnnouncedAccountNoLongerInThePresenceSetIsOfflineOnceTheSetIsReadAgain() {
		long gone = newAccount();
		synchronized (this.online) {
			// Announced, but its connection closed again before the set was read.
			this.redis.convertAndSend(UserStreams.JOINED, Long.toString(gone));
			await().atMost(PATIENCE).until(() -> this.online.all().contains(gone));
		}

		this.online.refresh();

		assertThat(this.online.all()).doesNotContain(gone);
		assertThat(this.online.among(List.of(gone))).isEmpty();
	}

	/**
	 * Publishes another status by the author and waits for it on the first account's
	 * channel: events of one author are handled in order, so everything the earlier
	 * events published has arrived by then. Then asserts that none of the accounts got
	 * anything else.
	 */
	private void assertNothingMoreAfterTheNextStatusOf(long author, long... accounts) {
		Status sentinel = this.posts.post(author);
		publish(Topics.STATUS_PUBLISHED, author, Events.published(sentinel));
		assertThat(statusIdOf(next(accounts[0]))).isEqualTo(sentinel.getId());
		for (long account : accounts) {
			List<String> left = new ArrayList<>();
			queue(UserStreams.channel(account)).drainTo(left);
			// Only the sentinel, for those online that follow the author.
			assertThat(left.stream().map((message) -> statusIdOf(json.readTree(message)))).as("events for %d", account)
				.allMatch((id) -> id == sentinel.getId());
		}
	}

	private void listenTo(long... accounts) {
		String[] channels = java.util.Arrays.stream(accounts).mapToObj(UserStreams::channel).toArray(String[]::new);
		this.subscriber.sync().subscribe(channels);
	}

	private void goOnline(long... accounts) {
		long until = System.currentTimeMillis() + 60_000;
		for (long account : accounts) {
			this.redis.opsForZSet().add(UserStreams.ONLINE, Long.toString(account), until);
			this.markedOnline.add(account);
		}
		this.online.refresh();
	}

	private JsonNode next(long account) {
		String message;
		try {
			message = queue(UserStreams.channel(account)).poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		assertThat(message).as("an event for %d", account).isNotNull();
		return json.readTree(message);
	}

	private static long statusIdOf(JsonNode event) {
		assertThat(event.get("event").asString()).isEqualTo("update");
		return Long.parseLong(json.readTree(event.get("payload").asString()).get("id").asString());
	}

	private BlockingQueue<String> queue(String channel) {
		return this.received.computeIfAbsent(channel, (name) -> new LinkedBlockingQueue<>());
	}

	private void makeCelebrity(long celebrity, List<Long> followers) {
		followers.forEach((follower) -> this.users.follow(follower, celebrity));
		newAccounts(CELEBRITY_THRESHOLD).forEach((follower) -> this.users.follow(follower, celebrity));
	}

}
