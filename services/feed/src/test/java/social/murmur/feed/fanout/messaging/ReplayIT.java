package social.murmur.feed.fanout.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.feed.Events;
import social.murmur.feed.FeedIntegrationTest;
import social.murmur.feed.timeline.TimelineKeys;
import social.murmur.testsupport.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka delivers at least once: a restarted feed instance re-reads from its last
 * committed offset, possibly from the middle of a fan-out, and an operator may replay a
 * partition from the start. Neither may lose or duplicate anything.
 */
class ReplayIT extends FeedIntegrationTest {

	private static final List<String> TOPICS = List.of(Topics.STATUS_PUBLISHED, Topics.STATUS_DELETED,
			Topics.ACCOUNT_FOLLOWED, Topics.ACCOUNT_UNFOLLOWED);

	@Autowired
	private StatusEventsListener statusEvents;

	@Autowired
	private FollowEventsListener followEvents;

	@Test
	void replayingEveryPartitionFromTheStartChangesNoTimeline() throws Exception {
		long author = newAccount();
		long bob = newAccount();
		List<Long> followers = newAccounts(3);
		long late = newAccount();
		followers.forEach((follower) -> this.users.follow(follower, author));
		followers.forEach((follower) -> this.users.follow(follower, bob));
		giveTimelines(List.of(author, bob, late, followers.get(0), followers.get(1), followers.get(2)));
		Status first = this.posts.post(author);
		Status deleted = this.posts.post(author);
		Status bobs = this.posts.post(bob);
		Status last = this.posts.post(author);
		publish(Topics.STATUS_PUBLISHED, author, Events.published(first));
		publish(Topics.STATUS_PUBLISHED, author, Events.published(deleted));
		publish(Topics.STATUS_PUBLISHED, bob, Events.published(bobs));
		publish(Topics.STATUS_PUBLISHED, author, Events.published(last));
		this.posts.delete(deleted.getId());
		publish(Topics.STATUS_DELETED, author, Events.deleted(deleted));
		this.users.follow(late, author);
		publish(Topics.ACCOUNT_FOLLOWED, late, Events.followed(late, author));
		this.users.unfollow(followers.get(2), bob);
		publish(Topics.ACCOUNT_UNFOLLOWED, followers.get(2), Events.unfollowed(followers.get(2), bob));
		List<Long> authors = List.of(last.getId(), first.getId());
		List<Long> both = List.of(last.getId(), bobs.getId(), first.getId());
		Map<Long, List<Long>> expected = Map.of(author, authors, bob, List.of(bobs.getId()), late, authors,
				followers.get(0), both, followers.get(1), both, followers.get(2), authors);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(timelines(expected.keySet())).isEqualTo(expected));

		int replayed = replayFromTheStart(Set.of(author, bob, late, followers.get(2)));

		assertThat(replayed).isEqualTo(7);
		assertThat(timelines(expected.keySet())).isEqualTo(expected);
	}

	@Test
	void aFanOutThatFailsHalfwayIsRedoneWithoutLossOrDuplicates() {
		long author = newAccount();
		List<Long> followers = newAccounts(2_100);
		followers.forEach((follower) -> this.users.follow(follower, author));
		giveTimelines(followers);
		Status earlier = this.posts.post(author);
		publish(Topics.STATUS_PUBLISHED, author, Events.published(earlier));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(holding(followers, earlier.getId())).containsOnly(true));
		Status status = this.posts.post(author);
		this.users.failOnceBeyondFirstPage(author);

		publish(Topics.STATUS_PUBLISHED, author, Events.published(status));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(holding(followers, status.getId())).containsOnly(true));
		for (long follower : List.of(followers.get(0), followers.get(999), followers.get(1000), followers.get(2099))) {
			assertThat(timeline(follower)).containsExactly(status.getId(), earlier.getId());
		}
	}

	@Test
	void aFanOutWhoseThirdPageOfFollowersFailsIsRetriedAndCompletesWithoutDuplicates() {
		long author = newAccount();
		List<Long> followers = newAccounts(3_500);
		followers.forEach((follower) -> this.users.follow(follower, author));
		// Fanned out rather than merged as a celebrity's (the tests' threshold is lower).
		this.profiles.reportFollowersCount(author, CELEBRITY_THRESHOLD - 1);
		giveTimelines(followers);
		Status earlier = this.posts.post(author);
		publish(Topics.STATUS_PUBLISHED, author, Events.published(earlier));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(holding(followers, earlier.getId())).containsOnly(true));
		Status status = this.posts.post(author);
		// Asked for in advance, while the second page is written.
		this.users.failOnceOnPage(author, 3);

		publish(Topics.STATUS_PUBLISHED, author, Events.published(status));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(holding(followers, status.getId())).containsOnly(true));
		for (long follower : List.of(followers.get(0), followers.get(1999), followers.get(2000), followers.get(3499))) {
			assertThat(timeline(follower)).containsExactly(status.getId(), earlier.getId());
		}
		assertThat(this.redis.opsForZSet().zCard(TimelineKeys.timeline(followers.get(2500)))).isEqualTo(2);
	}

	@Test
	void aFanOutWhoseAuthorUsersFailsToGiveIsRetriedAndCompletesWithoutDuplicates() {
		long author = newAccount();
		List<Long> followers = newAccounts(30);
		followers.forEach((follower) -> this.users.follow(follower, author));
		giveTimelines(followers);
		giveTimelines(List.of(author));
		Status status = this.posts.post(author);
		// Asked for while posts is asked for the status.
		this.profiles.failOnce(author);

		publish(Topics.STATUS_PUBLISHED, author, Events.published(status));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(holding(followers, status.getId())).containsOnly(true));
		assertThat(timeline(author)).containsExactly(status.getId());
		assertThat(timeline(followers.get(29))).containsExactly(status.getId());
		// Cached with the author as users has it, not the copy posts sent.
		assertThat(this.statusCache.statuses(List.of(status.getId())).get(status.getId()).author().getFollowersCount())
			.isEqualTo(30);
	}

	@Test
	void statusesOfManyAuthorsPublishedTogetherAllArriveThoughOneFailsOnceAndOneIsUnreadable() {
		// Fanned out at the same time, several authors at once: the failed one is
		// delivered again, the unreadable one skipped, and neither holds up the others.
		List<Long> authors = newAccounts(24);
		List<Long> followers = newAccounts(5);
		authors.forEach((author) -> followers.forEach((follower) -> this.users.follow(follower, author)));
		giveTimelines(followers);
		List<Status> statuses = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			for (long author : authors) {
				statuses.add(this.posts.post(author));
			}
		}
		long failing = authors.get(5);
		this.profiles.failOnce(failing);

		for (int i = 0; i < statuses.size(); i++) {
			Status status = statuses.get(i);
			if (i == statuses.size() / 2) {
				publish(Topics.STATUS_PUBLISHED, status.getAccount().getId(),
						StatusPublished.getDescriptor().getFullName(), new byte[] { (byte) 0xff, 0x01, 0x02 });
			}
			publish(Topics.STATUS_PUBLISHED, status.getAccount().getId(), Events.published(status));
		}

		List<Long> newestFirst = statuses.stream().map(Status::getId).sorted(Comparator.reverseOrder()).toList();
		for (long follower : followers) {
			awaitTimeline(follower, (timeline) -> assertThat(timeline).containsExactlyElementsOf(newestFirst));
		}
		assertThat(this.profiles.requests()).filteredOn((ids) -> ids.contains(failing)).hasSizeGreaterThan(3);
	}

	private Map<Long, List<Long>> timelines(Set<Long> accounts) {
		Map<Long, List<Long>> found = new HashMap<>();
		accounts.forEach((account) -> found.put(account, timeline(account)));
		return found;
	}

	/**
	 * Reads every partition of the feed's topics from offset 0 with a consumer of its
	 * own, as a new consumer group would, and hands the events keyed by the given
	 * accounts to the feed's listeners again.
	 * @return how many events were handed over
	 */
	private int replayFromTheStart(Set<Long> keys) throws Exception {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "feed-replay-" + UUID.randomUUID());
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		int replayed = 0;
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = TOPICS.stream()
				.flatMap((topic) -> consumer.partitionsFor(topic).stream())
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (keys.contains(Long.parseLong(record.key()))) {
						deliver(record);
						replayed++;
					}
				}
			}
		}
		return replayed;
	}

	private void deliver(ConsumerRecord<String, byte[]> record) throws Exception {
		switch (record.topic()) {
			case Topics.STATUS_PUBLISHED -> this.statusEvents.published(List.of(record));
			case Topics.STATUS_DELETED -> this.statusEvents.deleted(record.value());
			case Topics.ACCOUNT_FOLLOWED -> this.followEvents.followed(record.value());
			case Topics.ACCOUNT_UNFOLLOWED -> this.followEvents.unfollowed(record.value());
			default -> throw new IllegalArgumentException(record.topic());
		}
	}

}
