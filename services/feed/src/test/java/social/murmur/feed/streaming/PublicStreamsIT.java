package social.murmur.feed.streaming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
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
import social.murmur.contracts.media.v1.MediaAttachment;
import social.murmur.contracts.posts.v1.Mention;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.streaming.PublicStreams;
import social.murmur.contracts.streaming.UserStreams;
import social.murmur.feed.Events;
import social.murmur.feed.FeedIntegrationTest;
import social.murmur.testsupport.SharedInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public and hashtag channels as notifications instances receive them: a Redis
 * pub/sub connection of the test's own subscribed to {@link PublicStreams#PUBLIC},
 * {@link PublicStreams#PUBLIC_MEDIA} and a hashtag channel per test. Other tests publish
 * public statuses too, so events are told apart by status id; a public status published
 * last by the same author (whose events feed handles in order, and whose publishes reach
 * one subscriber connection in order) shows that everything before it has arrived.
 */
class PublicStreamsIT extends FeedIntegrationTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private OnlineAccounts online;

	private final Map<String, BlockingQueue<JsonNode>> received = new ConcurrentHashMap<>();

	private final List<Long> markedOnline = new ArrayList<>();

	private RedisClient client;

	private StatefulRedisPubSubConnection<String, String> subscriber;

	private String tag;

	@BeforeEach
	void subscribe() {
		this.tag = "cats" + ThreadLocalRandom.current().nextInt(1_000_000);
		this.client = RedisClient.create(RedisURI.create("127.0.0.1", SharedInfrastructure.redisPort()));
		this.subscriber = this.client.connectPubSub();
		this.subscriber.addListener(new RedisPubSubAdapter<>() {
			@Override
			public void message(String channel, String message) {
				queue(channel).add(json.readTree(message));
			}
		});
		this.subscriber.sync().subscribe(PublicStreams.PUBLIC, PublicStreams.PUBLIC_MEDIA, hashtagChannel());
	}

	@AfterEach
	void unsubscribe() {
		this.markedOnline.forEach((account) -> this.redis.opsForZSet().remove(UserStreams.ONLINE, account.toString()));
		this.online.refresh();
		this.subscriber.close();
		this.client.shutdown();
	}

	@Test
	void aPublicStatusWithATagAndAPhotoIsPublishedOnceOnThePublicMediaAndHashtagChannels() {
		long author = newAccount();
		List<Long> followers = newAccounts(3);
		followers.forEach((follower) -> this.users.follow(follower, author));
		goOnline(followers);
		// Posts stores tags normalized; the channel is the lower-cased tag either way.
		Status status = this.posts.post(author, (shape) -> shape.addTags(this.tag).addMediaAttachments(photo(author)));

		publish(Topics.STATUS_PUBLISHED, author, Events.published(status));

		for (String channel : List.of(PublicStreams.PUBLIC, PublicStreams.PUBLIC_MEDIA,
				PublicStreams.hashtag(this.tag.toUpperCase()))) {
			JsonNode event = nextAbout(channel, status.getId());
			assertThat(event.propertyNames()).containsExactly("event", "payload");
			assertThat(event.get("event").asString()).isEqualTo("update");
			JsonNode payload = json.readTree(event.get("payload").asString());
			assertThat(payload.get("content").asString()).isEqualTo(status.getContent());
			assertThat(payload.get("visibility").asString()).isEqualTo("public");
			assertThat(payload.get("account").get("username").asString()).isEqualTo("user" + author);
			assertThat(payload.get("media_attachments")).hasSize(1);
			assertThat(payload.get("tags").get(0).get("name").asString()).isEqualTo(this.tag);
			// Rendered for nobody in particular.
			assertThat(payload.get("favourited").asBoolean()).isFalse();
			assertThat(payload.get("reblogged").asBoolean()).isFalse();
			assertThat(payload.get("favourites_count").asLong()).isZero();
		}
		List<JsonNode> later = afterTheNextStatusOf(author);
		// Once, however many followers are online.
		assertThat(about(later, status.getId())).isEmpty();
	}

	@Test
	void unlistedPrivateAndDirectStatusesNeverReachThePublicStreams() {
		long author = newAccount();
		long mentioned = newAccount();
		Status unlisted = this.posts.post(author,
				(shape) -> shape.setVisibility(Visibility.VISIBILITY_UNLISTED)
					.addTags(this.tag)
					.addMediaAttachments(photo(author)));
		Status forFollowers = this.posts.post(author,
				(shape) -> shape.setVisibility(Visibility.VISIBILITY_PRIVATE).addTags(this.tag));
		Status direct = this.posts.post(author,
				(shape) -> shape.setVisibility(Visibility.VISIBILITY_DIRECT)
					.addTags(this.tag)
					.addMentions(Mention.newBuilder().setAccountId(mentioned).setUsername("user" + mentioned)));

		for (Status status : List.of(unlisted, forFollowers, direct)) {
			publish(Topics.STATUS_PUBLISHED, author, Events.published(status));
		}

		List<JsonNode> arrived = afterTheNextStatusOf(author);
		for (Status status : List.of(unlisted, forFollowers, direct)) {
			assertThat(about(arrived, status.getId())).as(status.getVisibility().name()).isEmpty();
			assertThat(this.redis.hasKey(PublishToPublicStreams.key(status.getId()))).isFalse();
		}
	}

	@Test
	void aReplyToSomeoneElseGoesOnlyOnItsHashtagChannelsWhileASelfReplyGoesEverywhere() {
		long author = newAccount();
		long other = newAccount();
		Status otherStatus = this.posts.post(other);
		Status opening = this.posts.post(author);
		Status reply = this.posts.post(author,
				(shape) -> shape.setInReplyToId(otherStatus.getId())
					.setInReplyToAccountId(other)
					.addTags(this.tag)
					.addMediaAttachments(photo(author)));
		Status selfReply = this.posts.post(author,
				(shape) -> shape.setInReplyToId(opening.getId()).setInReplyToAccountId(author).addTags(this.tag));

		publish(Topics.STATUS_PUBLISHED, author, Events.published(reply));
		publish(Topics.STATUS_PUBLISHED, author, Events.published(selfReply));

		assertThat(nextAbout(hashtagChannel(), reply.getId()).get("event").asString()).isEqualTo("update");
		assertThat(nextAbout(hashtagChannel(), selfReply.getId()).get("event").asString()).isEqualTo("update");
		assertThat(nextAbout(PublicStreams.PUBLIC, selfReply.getId()).get("event").asString()).isEqualTo("update");
		List<JsonNode> arrived = afterTheNextStatusOf(author);
		assertThat(about(arrived, reply.getId())).isEmpty();
		// No media: not on the media channel.
		assertThat(about(arrived, selfReply.getId())).isEmpty();
	}

	@Test
	void aDeletedStatusIsTakenBackOnTheChannelsItWentOn() {
		long author = newAccount();
		Status status = this.posts.post(author, (shape) -> shape.addTags(this.tag).addMediaAttachments(photo(author)));
		Status unlisted = this.posts.post(author,
				(shape) -> shape.setVisibility(Visibility.VISIBILITY_UNLISTED).addTags(this.tag));
		publish(Topics.STATUS_PUBLISHED, author, Events.published(status));
		publish(Topics.STATUS_PUBLISHED, author, Events.published(unlisted));
		nextAbout(hashtagChannel(), status.getId());
		afterTheNextStatusOf(author);
		// Replied to since: the status cache no longer holds it, the channels are still
		// known.
		this.statusCache.evictStatuses(List.of(status.getId()));

		this.posts.delete(status.getId());
		publish(Topics.STATUS_DELETED, author, Events.deleted(status));
		this.posts.delete(unlisted.getId());
		publish(Topics.STATUS_DELETED, author, Events.deleted(unlisted));

		for (String channel : List.of(PublicStreams.PUBLIC, PublicStreams.PUBLIC_MEDIA, hashtagChannel())) {
			JsonNode event = nextAbout(channel, status.getId());
			assertThat(event.get("event").asString()).isEqualTo("delete");
			assertThat(event.get("payload").asString()).isEqualTo(Long.toString(status.getId()));
		}
		assertThat(this.redis.hasKey(PublishToPublicStreams.key(status.getId()))).isFalse();
		List<JsonNode> arrived = afterTheNextStatusOf(author);
		assertThat(about(arrived, status.getId())).isEmpty();
		assertThat(about(arrived, unlisted.getId())).isEmpty();
	}

	/**
	 * Publishes a public status by the author, waits for it on
	 * {@link PublicStreams#PUBLIC} and answers every other event that arrived meanwhile
	 * on any channel.
	 */
	private List<JsonNode> afterTheNextStatusOf(long author) {
		Status sentinel = this.posts.post(author);
		publish(Topics.STATUS_PUBLISHED, author, Events.published(sentinel));
		nextAbout(PublicStreams.PUBLIC, sentinel.getId());
		List<JsonNode> arrived = new ArrayList<>();
		this.received.values().forEach((queue) -> queue.drainTo(arrived));
		return arrived;
	}

	/** The next event about the status on the channel, skipping other statuses'. */
	private JsonNode nextAbout(String channel, long statusId) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode event;
			try {
				event = queue(channel).poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			if (event != null && statusIdOf(event) == statusId) {
				return event;
			}
		}
		throw new AssertionError("No event about " + statusId + " on " + channel);
	}

	private static List<JsonNode> about(List<JsonNode> events, long statusId) {
		return events.stream().filter((event) -> statusIdOf(event) == statusId).toList();
	}

	private static long statusIdOf(JsonNode event) {
		String payload = event.get("payload").asString();
		return "delete".equals(event.get("event").asString()) ? Long.parseLong(payload)
				: Long.parseLong(json.readTree(payload).get("id").asString());
	}

	private String hashtagChannel() {
		return PublicStreams.hashtag(this.tag);
	}

	private BlockingQueue<JsonNode> queue(String channel) {
		return this.received.computeIfAbsent(channel, (name) -> new LinkedBlockingQueue<>());
	}

	private void goOnline(List<Long> accounts) {
		long until = System.currentTimeMillis() + 60_000;
		for (long account : accounts) {
			this.redis.opsForZSet().add(UserStreams.ONLINE, Long.toString(account), until);
			this.markedOnline.add(account);
		}
		this.online.refresh();
	}

	private static MediaAttachment photo(long author) {
		long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
		return MediaAttachment.newBuilder()
			.setId(id)
			.setType("image")
			.setUrl("http://localhost:8080/system/media_attachments/" + id + "/original.webp")
			.setPreviewUrl("http://localhost:8080/system/media_attachments/" + id + "/small.webp")
			.setAccountId(author)
			.build();
	}

}
