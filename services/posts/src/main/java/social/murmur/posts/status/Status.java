package social.murmur.posts.status;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import social.murmur.contracts.media.v1.MediaAttachment;

/**
 * A status as posts stores it. Never rendered directly: {@link StatusMessages} turns it
 * into the protobuf message that the API entity is made from.
 *
 * @param id time-ordered id
 * @param accountId the author
 * @param text the plain text the author wrote
 * @param content {@code text} rendered as safe HTML
 * @param spoilerText the content warning, empty for none
 * @param sensitive whether media should be hidden behind a warning
 * @param visibility who may see it
 * @param language ISO 639-1 code, or null when unknown
 * @param inReplyToId the status this replies to, or null
 * @param inReplyToAccountId the author of that status, or null
 * @param repliesCount public and unlisted replies to this status
 * @param createdAt when it was posted
 * @param mentions accounts mentioned, in the order of the text
 * @param tags normalized hashtags, in the order of the text
 * @param mediaAttachments the attachments as media answered when they were attached, in
 * the author's order; they do not change afterwards
 */
public record Status(long id, long accountId, String text, String content, String spoilerText, boolean sensitive,
		Visibility visibility, @Nullable String language, @Nullable Long inReplyToId, @Nullable Long inReplyToAccountId,
		long repliesCount, Instant createdAt, List<StatusMention> mentions, List<String> tags,
		List<MediaAttachment> mediaAttachments) {

	public Status {
		mentions = List.copyOf(mentions);
		tags = List.copyOf(tags);
		mediaAttachments = List.copyOf(mediaAttachments);
	}

	public boolean mentions(long accountId) {
		return this.mentions.stream().anyMatch((mention) -> mention.accountId() == accountId);
	}

	public boolean isReply() {
		return this.inReplyToId != null;
	}

	/**
	 * Whether this reply counts in its parent's {@code replies_count}. Like Mastodon,
	 * only replies anyone may see are counted, so that the count does not give away
	 * private conversations.
	 */
	public boolean countsAsReply() {
		return isReply() && this.visibility.isPublicReadable();
	}

}
