package social.murmur.notifications.notification;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedStatusTest {

	private static final long AUTHOR = 1;

	@Test
	void mentionsNotifyEachMentionedAccountOnceInOrder() {
		PublishedStatus status = status("public", 0, 3, 2, 3);

		assertThat(status.mentionRecipients()).containsExactly(3L, 2L);
	}

	@Test
	void authorIsNeverNotifiedOfTheirOwnMention() {
		PublishedStatus status = status("public", 0, AUTHOR, 2);

		assertThat(status.mentionRecipients()).containsExactly(2L);
	}

	@Test
	void mentionsWithoutAnIdAreIgnored() {
		PublishedStatus status = status("public", 0, 0, -5, 2);

		assertThat(status.mentionRecipients()).containsExactly(2L);
	}

	@Test
	void directStatusStillNotifiesTheMentioned() {
		PublishedStatus status = status("direct", 0, 2);

		assertThat(status.mentionRecipients()).containsExactly(2L);
	}

	@Test
	void publicUnlistedAndPrivateStatusesNotifySubscribers() {
		assertThat(status("public", 0).notifiesSubscribers()).isTrue();
		assertThat(status("unlisted", 0).notifiesSubscribers()).isTrue();
		assertThat(status("private", 0).notifiesSubscribers()).isTrue();
	}

	@Test
	void directStatusNeverNotifiesSubscribers() {
		PublishedStatus status = status("direct", 0);

		assertThat(status.notifiesSubscribers()).isFalse();
		assertThat(status.subscribersToNotify(List.of(5L, 6L))).isEmpty();
	}

	@Test
	void visibilityIsReadWhateverItsCase() {
		assertThat(status("DIRECT", 0).notifiesSubscribers()).isFalse();
		assertThat(status(" Direct ", 0).isDirect()).isTrue();
	}

	@Test
	void replyToSomeoneElseDoesNotNotifySubscribers() {
		assertThat(status("public", 9).notifiesSubscribers()).isFalse();
	}

	@Test
	void replyInOnesOwnThreadNotifiesSubscribers() {
		assertThat(status("public", AUTHOR).notifiesSubscribers()).isTrue();
	}

	@Test
	void mentionedSubscriberGetsNoSecondNotification() {
		PublishedStatus status = status("public", 0, 5);

		assertThat(status.subscribersToNotify(List.of(4L, 5L, 6L))).containsExactly(4L, 6L);
	}

	@Test
	void authorAndDuplicatesAreLeftOutOfSubscribers() {
		PublishedStatus status = status("public", 0);

		assertThat(status.subscribersToNotify(List.of(AUTHOR, 4L, 4L, 0L))).containsExactly(4L);
	}

	@Test
	void publicReplyNotifiesTheRepliedToAuthorAsAMention() {
		assertThat(status("public", 9).mentionRecipients()).containsExactly(9L);
		assertThat(status("unlisted", 9, 2).mentionRecipients()).containsExactly(2L, 9L);
	}

	@Test
	void repliedToAuthorWhoIsAlsoMentionedIsNotifiedOnce() {
		assertThat(status("public", 9, 9).mentionRecipients()).containsExactly(9L);
	}

	@Test
	void replyInOnesOwnThreadMentionsNobody() {
		assertThat(status("public", AUTHOR).mentionRecipients()).isEmpty();
	}

	@Test
	void privateOrDirectReplyNotifiesOnlyTheMentioned() {
		assertThat(status("private", 9).mentionRecipients()).isEmpty();
		assertThat(status("direct", 9, 2).mentionRecipients()).containsExactly(2L);
		assertThat(status("direct", 9, 9).mentionRecipients()).containsExactly(9L);
	}

	@Test
	void repliedToAuthorGetsNoStatusNotificationBesidesTheMention() {
		PublishedStatus threadReplyMentioningSubscriber = status("public", AUTHOR, 5);

		assertThat(threadReplyMentioningSubscriber.subscribersToNotify(List.of(5L, 6L))).containsExactly(6L);
	}

	private static PublishedStatus status(String visibility, long inReplyToAccountId, long... mentioned) {
		return new PublishedStatus(100, AUTHOR, inReplyToAccountId, Arrays.stream(mentioned).boxed().toList(),
				visibility);
	}

}
