package social.murmur.posts.status;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an author asks to post, already checked for form (a known visibility, a language
 * code, a numeric reply id); {@link PublishStatus} checks the rest.
 *
 * @param text the text as sent, or null
 * @param inReplyToId the status this replies to, or null
 * @param sensitive whether the author marked it sensitive, or null when not said
 * @param spoilerText the content warning as sent, empty for none
 * @param visibility who may see it
 * @param language ISO 639-1 code, or null
 * @param mediaIds attachments to add
 * @param idempotencyKey the {@code Idempotency-Key} header, or null
 */
public record StatusDraft(@Nullable String text, @Nullable Long inReplyToId, @Nullable Boolean sensitive,
		String spoilerText, Visibility visibility, @Nullable String language, List<String> mediaIds,
		@Nullable String idempotencyKey) {

	public StatusDraft {
		mediaIds = List.copyOf(mediaIds);
	}

}
