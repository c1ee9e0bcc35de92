package social.murmur.feed.streaming;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.streaming.PublicStreams;

/**
 * Which of the public and hashtag channels ({@link PublicStreams}) a status goes on, by
 * Mastodon's rules: only public statuses; all of them on the channels of their tags; on
 * {@link PublicStreams#PUBLIC} (and {@link PublicStreams#PUBLIC_MEDIA} with media) unless
 * they reply to another account's status, since a public timeline shows conversations
 * started there but not answers to other people (replies in one's own thread do show).
 */
final class PublicChannels {

	private PublicChannels() {
	}

	/**
	 * The channels, each once, in a stable order; none for a status that is not public.
	 */
	static List<String> of(Status status) {
		if (status.getVisibility() != Visibility.VISIBILITY_PUBLIC) {
			return List.of();
		}
		Set<String> channels = new LinkedHashSet<>();
		if (!repliesToOther(status)) {
			channels.add(PublicStreams.PUBLIC);
			if (status.getMediaAttachmentsCount() > 0) {
				channels.add(PublicStreams.PUBLIC_MEDIA);
			}
		}
		// Tags are stored normalized; the channel lower-cases them anyway, and two
		// spellings of one tag make one channel.
		status.getTagsList()
			.stream()
			.filter((tag) -> !tag.isBlank())
			.forEach((tag) -> channels.add(PublicStreams.hashtag(tag)));
		return List.copyOf(channels);
	}

	private static boolean repliesToOther(Status status) {
		return status.getInReplyToId() != 0 && status.getInReplyToAccountId() != status.getAccount().getId();
	}

}
