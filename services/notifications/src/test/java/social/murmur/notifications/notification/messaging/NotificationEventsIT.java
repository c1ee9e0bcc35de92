package social.murmur.notifications.notification.messaging;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountFollowed;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.contracts.events.v1.StatusFavourited;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.contracts.events.v1.StatusUnfavourited;
import social.murmur.notifications.support.IntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events published to the real topics become notifications in the real database. Where a
 * test asserts that something did not happen, it first waits for a later event with the
 * same key (so on the same partition, consumed in order) to have been applied.
 */
class NotificationEventsIT extends IntegrationTestSupport {

	private static ConditionFactory eventually() {
		return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
	}

	@Test
	void followNotifiesTheFollowee() {
		long follower = newId();
		long followee = newId();

		publish(Topics.ACCOUNT_FOLLOWED, follower, followed(follower, followee));

		eventually().untilAsserted(() -> assertThat(rowsFor(followee)).containsExactly("follow from " + follower));
		assertThat(rowsFor(follower)).isEmpty();
	}

	@Test
	void redeliveredFollowAddsNoSecondNotification() {
		long follower = newId();
		long followee = newId();
		AccountFollowed event = followed(follower, followee);

		publish(Topics.ACCOUNT_FOLLOWED, follower, event);
		publish(Topics.ACCOUNT_FOLLOWED, follower, event);
		long witness = newId();
		publish(Topics.ACCOUNT_FOLLOWED, follower, followed(follower, witness));

		eventually().untilAsserted(() -> assertThat(rowsFor(witness)).hasSize(1));
		assertThat(rowsFor(followee)).containsExactly("follow from " + follower);
	}

	@Test
	void followOfOneselfNotifiesNobody() {
		long account = newId();

		publish(Topics.ACCOUNT_FOLLOWED, account, followed(account, account));
		long witness = newId();
		publish(Topics.ACCOUNT_FOLLOWED, account, followed(account, witness));

		eventually().untilAsserted(() -> assertThat(rowsFor(witness)).hasSize(1));
		assertThat(rowsFor(account)).isEmpty();
	}

	@Test
	void unreadableEventIsSkippedAndLaterEventsStillApply() {
		long follower = newId();
		long followee = newId();

		publish(Topics.ACCOUNT_FOLLOWED, follower, new byte[] { (byte) 0xff, 0x01, 0x02 });
		publish(Topics.ACCOUNT_FOLLOWED, follower, followed(follower, followee));

		eventually().untilAsserted(() -> assertThat(rowsFor(followee)).containsExactly("follow from " + follower));
	}

	@Test
	void mentionNotifiesEachMentionedAccountButNotTheAuthor() {
		long author = newId();
		long alice = newId();
		long bob = newId();
		long status = newId();

		publish(Topics.STATUS_PUBLISHED, author, published(status, author, "public", author, alice, bob, alice));

		eventually().untilAsserted(() -> assertThat(rowsAbout(status)).containsExactlyInAnyOrder("mention for " + alice,
				"mention for " + bob));
		awaitStatusEventsApplied(author);
		assertThat(rowsAbout(status)).containsExactlyInAnyOrder("mention for " + alice, "mention for " + bob);
		assertThat(rowsFor(author)).isEmpty();
	}

	@Test
	void statusNotifiesEveryFollowerWhoAskedToBeNotifiedAcrossPages() {
		long author = newId();
		List<Long> subscribers = List.of(newId(), newId(), newId(), newId(), newId());
		subscribers.forEach((id) -> this.followGraph.follow(id, author, true));
		long plainFollower = newId();
		this.followGraph.follow(plainFollower, author, false);
		long status = newId();

		publish(Topics.STATUS_PUBLISHED, author, published(status, author, "public"));

		eventually().untilAsserted(() -> assertThat(rowsAbout(status))
			.containsExactlyInAnyOrderElementsOf(subscribers.stream().map((id) -> "status for " + id).toList()));
		assertThat(rowsFor(plainFollower)).isEmpty();
		assertThat(this.jdbc.sql("select from_account_id from notifications where status_id = :status")
			.param("status", status)
			.query(Long.class)
			.set()).containsExactly(author);
	}

	@Test
	void mentionedSubscriberGetsOnlyTheMention() {
		long author = newId();
		long subscriber = newId();
		long mentionedSubscriber = newId();
		this.followGraph.follow(subscriber, author, true);
		this.followGraph.follow(mentionedSubscriber, author, true);
		long status = newId();

		publish(Topics.STATUS_PUBLISHED, author, published(status, author, "unlisted", mentionedSubscriber));

		eventually().untilAsserted(() -> assertThat(rowsAbout(status))
			.containsExactlyInAnyOrder("mention for " + mentionedSubscriber, "status for " + subscriber));
		awaitStatusEventsApplied(author);
		assertThat(rowsAbout(status)).containsExactlyInAnyOrder("mention for " + mentionedSubscriber,
				"status for " + subscriber);
	}

	@Test
	void directStatusNotifiesTheMentionedButNoSubscribers() {
		long author = newId();
		long subscriber = newId();
		long recipient = newId();
		this.followGraph.follow(subscriber, author, true);
		long status = newId();

		publish(Topics.STATUS_PUBLISHED, author, published(status, author, "direct", recipient));
		awaitStatusEventsApplied(author);

		assertThat(rowsAbout(status)).containsExactly("mention for " + recipient);
	}

	@Test
	void privateStatusNotifiesSubscribers() {
		long author = newId();
		long subscriber = newId();
		this.followGraph.follow(subscriber, author, true);
		long status = newId();

		publish(Topics.STATUS_PUBLISHED, author, published(status, author, "private"));

		eventually().untilAsserted(() -> assertThat(rowsAbout(status)).containsExactly("status for " + subscriber));
	}

	@Test
	void replyToSomeoneElseNotifiesTheMentionedButNoSubscribers() {
		long author = newId();
		long subscriber = newId();
		long other = newId();
		this.followGraph.follow(subscriber, author, true);
		long status = newId();
		StatusPublished reply = published(status, author, "public", other).toBuilder()
			.setInReplyToId(newId())
			.setInReplyToAccountId(other)
			.build();

		publish(Topics.STATUS_PUBLISHED, author, reply);
		awaitStatusEventsApplied(author);

		assertThat(rowsAbout(status)).containsExactly("mention for " + other);
	}

	@Test
	void replyToOnesOwnThreadNotifiesSubscribers() {
		long author = newId();
		long subscriber = newId();
		this.followGraph.follow(subscriber, author, true);
		long status = newId();
		StatusPublished threadReply = published(status, author, "public").toBuilder()
			.setInReplyToId(newId())
			.setInReplyToAccountId(author)
			.build();

		publish(Topics.STATUS_PUBLISHED, author, threadReply);

		eventually().untilAsserted(() -> assertThat(rowsAbout(status)).containsExactly("status for " + subscriber));
	}

	@Test
	void redeliveredStatusAddsNoDuplicates() {
		long author = newId();
		long subscriber = newId();
		long mentioned = newId();
		this.followGraph.follow(subscriber, author, true);
		long status = newId();
		StatusPublished event = published(status, author, "public", mentioned);

		publish(Topics.STATUS_PUBLISHED, author, event);
		publish(Topics.STATUS_PUBLISHED, author, event);
		awaitStatusEventsApplied(author);

		assertThat(rowsAbout(status)).containsExactlyInAnyOrder("mention for " + mentioned, "status for " + subscriber);
	}

	@Test
	void deletedStatusTakesItsNotificationsAlong() {
		long author = newId();
		long subscriber = newId();
		long mentioned = newId();
		this.followGraph.follow(subscriber, author, true);
		long status = newId();
		long otherStatus = newId();
		publish(Topics.STATUS_PUBLISHED, author, published(status, author, "public", mentioned));
		publish(Topics.STATUS_PUBLISHED, author, published(otherStatus, author, "public", mentioned));
		eventually().untilAsserted(() -> assertThat(rowsAbout(status)).hasSize(2));
		eventually().untilAsserted(() -> assertThat(rowsAbout(otherStatus)).hasSize(2));

		publish(Topics.STATUS_DELETED, author, deleted(status, author));

		eventually().untilAsserted(() -> assertThat(rowsAbout(status)).isEmpty());
		assertThat(rowsAbout(otherStatus)).hasSize(2);
	}

	@Test
	void deletionAppliedBeforeThePublicationLeavesNothingBehind() {
		long author = newId();
		long mentioned = newId();
		long subscriber = newId();
		this.followGraph.follow(subscriber, author, true);
		long status = newId();

		publish(Topics.STATUS_DELETED, author, deleted(status, author));
		long deletionWitness = newId();
		publish(Topics.STATUS_DELETED, author, deleted(deletionWitness, author));
		eventually().until(() -> this.jdbc.sql("select count(*) from deleted_statuses where status_id = :id")
			.param("id", deletionWitness)
			.query(Long.class)
			.single() == 1);
		publish(Topics.STATUS_PUBLISHED, author, published(status, author, "public", mentioned));
		awaitStatusEventsApplied(author);

		assertThat(rowsAbout(status)).isEmpty();
	}

	@Test
	void usersOutageDelaysSubscriberNotificationsWithoutLosingThem() {
		long author = newId();
		long subscriber = newId();
		this.followGraph.follow(subscriber, author, true);
		long status = newId();
		this.followGraph.failNext(2);

		publish(Topics.STATUS_PUBLISHED, author, published(status, author, "public"));

		eventually().untilAsserted(() -> assertThat(rowsAbout(status)).containsExactly("status for " + subscriber));
	}

	@Test
	void favouriteNotifiesTheAuthorAndUnfavouriteTakesItBack() {
		long liker = newId();
		long author = newId();
		long status = newId();

		publish(Topics.STATUS_FAVOURITED, liker, favourited(liker, status, author, 1_000));

		eventually().untilAsserted(() -> assertThat(rowsFor(author)).containsExactly("favourite from " + liker));
		assertThat(rowsAbout(status)).containsExactly("favourite for " + author);

		publish(Topics.STATUS_UNFAVOURITED, liker, unfavourited(liker, status, author, 2_000));

		eventually().untilAsserted(() -> assertThat(rowsFor(author)).isEmpty());
	}

	@Test
	void redeliveredFavouriteNotifiesOnce() {
		long liker = newId();
		long author = newId();
		long status = newId();
		StatusFavourited event = favourited(liker, status, author, 1_000);

		publish(Topics.STATUS_FAVOURITED, liker, event);
		publish(Topics.STATUS_FAVOURITED, liker, event);
		awaitFavouritesApplied(liker);

		assertThat(rowsFor(author)).containsExactly("favourite from " + liker);
	}

	@Test
	void likingOnesOwnStatusNotifiesNobody() {
		long author = newId();
		long status = newId();

		publish(Topics.STATUS_FAVOURITED, author, favourited(author, status, author, 1_000));
		awaitFavouritesApplied(author);

		assertThat(rowsFor(author)).isEmpty();
		assertThat(rowsAbout(status)).isEmpty();
	}

	@Test
	void favouriteAppliedAfterItsUnfavouriteLeavesNothing() {
		long liker = newId();
		long author = newId();
		long status = newId();
		long witnessAuthor = newId();

		// The unlike is applied first, as after an outage the two topics may be.
		publish(Topics.STATUS_UNFAVOURITED, liker, unfavourited(liker, status, author, 2_000));
		publish(Topics.STATUS_UNFAVOURITED, liker, unfavourited(liker, newId(), witnessAuthor, 2_000));
		eventually().untilAsserted(
				() -> assertThat(this.jdbc.sql("select count(*) from undone_favourites where account_id = :liker")
					.param("liker", liker)
					.query(Integer.class)
					.single()).isEqualTo(2));
		publish(Topics.STATUS_FAVOURITED, liker, favourited(liker, status, author, 1_000));
		awaitFavouritesApplied(liker);

		assertThat(rowsFor(author)).isEmpty();

		// Liked again later: notified again.
		publish(Topics.STATUS_FAVOURITED, liker, favourited(liker, status, author, 3_000));
		eventually().untilAsserted(() -> assertThat(rowsFor(author)).containsExactly("favourite from " + liker));
	}

	@Test
	void favouriteOfADeletedStatusNotifiesNobody() {
		long liker = newId();
		long author = newId();
		long status = newId();

		publish(Topics.STATUS_DELETED, author, deleted(status, author));
		eventually().untilAsserted(
				() -> assertThat(this.jdbc.sql("select count(*) from deleted_statuses where status_id = :status")
					.param("status", status)
					.query(Integer.class)
					.single()).isEqualTo(1));
		publish(Topics.STATUS_FAVOURITED, liker, favourited(liker, status, author, 1_000));
		awaitFavouritesApplied(liker);

		assertThat(rowsFor(author)).isEmpty();
	}

	@Test
	void replyNotifiesTheRepliedToAccountEvenWithoutAMention() {
		long author = newId();
		long parentAuthor = newId();
		long status = newId();
		StatusPublished reply = published(status, author, "public").toBuilder()
			.setInReplyToId(newId())
			.setInReplyToAccountId(parentAuthor)
			.build();

		publish(Topics.STATUS_PUBLISHED, author, reply);

		eventually().untilAsserted(() -> assertThat(rowsAbout(status)).containsExactly("mention for " + parentAuthor));
		awaitStatusEventsApplied(author);
		assertThat(rowsAbout(status)).containsExactly("mention for " + parentAuthor);
	}

	@Test
	void privateReplyNotifiesOnlyWhomItMentions() {
		long author = newId();
		long parentAuthor = newId();
		long status = newId();
		StatusPublished reply = published(status, author, "private").toBuilder()
			.setInReplyToId(newId())
			.setInReplyToAccountId(parentAuthor)
			.build();

		publish(Topics.STATUS_PUBLISHED, author, reply);
		awaitStatusEventsApplied(author);

		assertThat(rowsAbout(status)).isEmpty();
	}

	/**
	 * Waits until a favourite published after everything the test sent for this liker has
	 * been applied: the same key puts it on the same partition, read in order.
	 */
	private void awaitFavouritesApplied(long liker) {
		long witnessAuthor = newId();
		publish(Topics.STATUS_FAVOURITED, liker, favourited(liker, newId(), witnessAuthor, 1_000));
		eventually().untilAsserted(() -> assertThat(rowsFor(witnessAuthor)).hasSize(1));
	}

	private static StatusFavourited favourited(long liker, long status, long author, long occurredAt) {
		return StatusFavourited.newBuilder()
			.setEventId(newId())
			.setOccurredAt(occurredAt)
			.setAccountId(liker)
			.setStatusId(status)
			.setStatusAuthorId(author)
			.build();
	}

	private static StatusUnfavourited unfavourited(long liker, long status, long author, long occurredAt) {
		return StatusUnfavourited.newBuilder()
			.setEventId(newId())
			.setOccurredAt(occurredAt)
			.setAccountId(liker)
			.setStatusId(status)
			.setStatusAuthorId(author)
			.build();
	}

	/**
	 * Waits until a status published after everything the test sent for this author has
	 * been applied: the same key puts it on the same partition, read in order.
	 */
	private void awaitStatusEventsApplied(long author) {
		long witness = newId();
		long witnessStatus = newId();
		publish(Topics.STATUS_PUBLISHED, author, published(witnessStatus, author, "direct", witness));
		eventually().untilAsserted(() -> assertThat(rowsAbout(witnessStatus)).hasSize(1));
	}

	private List<String> rowsFor(long accountId) {
		return this.jdbc.sql("select type || ' from ' || from_account_id from notifications where account_id = :id")
			.param("id", accountId)
			.query(String.class)
			.list();
	}

	private List<String> rowsAbout(long statusId) {
		return this.jdbc.sql("select type || ' for ' || account_id from notifications where status_id = :id")
			.param("id", statusId)
			.query(String.class)
			.list();
	}

	private static AccountFollowed followed(long follower, long followee) {
		return AccountFollowed.newBuilder()
			.setEventId(newId())
			.setOccurredAt(System.currentTimeMillis())
			.setFollowerId(follower)
			.setFolloweeId(followee)
			.build();
	}

	private static StatusPublished published(long status, long author, String visibility, long... mentioned) {
		StatusPublished.Builder event = StatusPublished.newBuilder()
			.setEventId(newId())
			.setOccurredAt(System.currentTimeMillis())
			.setStatusId(status)
			.setAuthorId(author)
			.setVisibility(visibility);
		for (long id : mentioned) {
			event.addMentionedAccountIds(id);
		}
		return event.build();
	}

	private static StatusDeleted deleted(long status, long author) {
		return StatusDeleted.newBuilder()
			.setEventId(newId())
			.setOccurredAt(System.currentTimeMillis())
			.setStatusId(status)
			.setAuthorId(author)
			.build();
	}

}
