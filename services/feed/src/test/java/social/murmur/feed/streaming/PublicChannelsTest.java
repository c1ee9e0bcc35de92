package social.murmur.feed.streaming;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.media.v1.MediaAttachment;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.streaming.PublicStreams;
import social.murmur.contracts.users.v1.Account;

import static org.assertj.core.api.Assertions.assertThat;

class PublicChannelsTest {

	private static final long AUTHOR = 7;

	@Test
	void publicStatusGoesOnThePublicChannelAndOnEachOfItsTagsOnce() {
		Status status = status(Visibility.VISIBILITY_PUBLIC).addTags("cats").addTags("Cats").addTags("dogs").build();

		assertThat(PublicChannels.of(status)).containsExactly(PublicStreams.PUBLIC, PublicStreams.hashtag("cats"),
				PublicStreams.hashtag("dogs"));
	}

	@Test
	void publicStatusWithMediaGoesOnTheMediaChannelToo() {
		Status status = status(Visibility.VISIBILITY_PUBLIC).addMediaAttachments(MediaAttachment.newBuilder().setId(1))
			.build();

		assertThat(PublicChannels.of(status)).containsExactly(PublicStreams.PUBLIC, PublicStreams.PUBLIC_MEDIA);
	}

	@Test
	void statusesThatAreNotPublicGoNowhere() {
		for (Visibility visibility : new Visibility[] { Visibility.VISIBILITY_UNLISTED, Visibility.VISIBILITY_PRIVATE,
				Visibility.VISIBILITY_DIRECT }) {
			Status status = status(visibility).addTags("cats")
				.addMediaAttachments(MediaAttachment.newBuilder().setId(1))
				.build();

			assertThat(PublicChannels.of(status)).as(visibility.name()).isEmpty();
		}
	}

	@Test
	void replyToAnotherAccountGoesOnlyOnItsHashtagChannels() {
		Status status = status(Visibility.VISIBILITY_PUBLIC).setInReplyToId(99)
			.setInReplyToAccountId(AUTHOR + 1)
			.addTags("cats")
			.addMediaAttachments(MediaAttachment.newBuilder().setId(1))
			.build();

		assertThat(PublicChannels.of(status)).containsExactly(PublicStreams.hashtag("cats"));
	}

	@Test
	void replyToOnesOwnStatusGoesOnThePublicChannels() {
		Status status = status(Visibility.VISIBILITY_PUBLIC).setInReplyToId(99).setInReplyToAccountId(AUTHOR).build();

		assertThat(PublicChannels.of(status)).containsExactly(PublicStreams.PUBLIC);
	}

	private static Status.Builder status(Visibility visibility) {
		return Status.newBuilder().setId(1).setVisibility(visibility).setAccount(Account.newBuilder().setId(AUTHOR));
	}

}
