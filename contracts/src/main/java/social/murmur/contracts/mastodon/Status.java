package social.murmur.contracts.mastodon;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The Mastodon {@code Status} entity. The viewer-dependent fields ({@code favourited} and
 * friends) are null, and left out, when nobody is signed in.
 */
public record Status(String id, String uri, @Nullable String url, @JsonProperty("created_at") String createdAt,
		Account account, String content, String visibility, boolean sensitive,
		@JsonProperty("spoiler_text") String spoilerText,
		@JsonProperty("media_attachments") List<MediaAttachment> mediaAttachments, @Nullable Application application,
		List<Mention> mentions, List<Tag> tags, List<Object> emojis, @JsonProperty("reblogs_count") long reblogsCount,
		@JsonProperty("favourites_count") long favouritesCount, @JsonProperty("replies_count") long repliesCount,
		@JsonProperty("in_reply_to_id") @Nullable String inReplyToId,
		@JsonProperty("in_reply_to_account_id") @Nullable String inReplyToAccountId, @Nullable Object reblog,
		@Nullable Object poll, @Nullable Object card, @Nullable String language,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String text,
		@JsonProperty("edited_at") @Nullable String editedAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean favourited,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean reblogged,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean muted,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean bookmarked,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean pinned) {

	/** The application a status was posted with. */
	public record Application(String name, @Nullable String website) {
	}

	/**
	 * This status as seen by a signed-in viewer who has not favourited, boosted or
	 * bookmarked it.
	 */
	public Status withViewer(boolean favourited, boolean reblogged, boolean bookmarked) {
		return new Status(this.id, this.uri, this.url, this.createdAt, this.account, this.content, this.visibility,
				this.sensitive, this.spoilerText, this.mediaAttachments, this.application, this.mentions, this.tags,
				this.emojis, this.reblogsCount, this.favouritesCount, this.repliesCount, this.inReplyToId,
				this.inReplyToAccountId, this.reblog, this.poll, this.card, this.language, this.text, this.editedAt,
				favourited, reblogged, false, bookmarked, false);
	}

	/**
	 * This status with the like count of interactions, which owns it (posts' messages
	 * carry zero).
	 */
	public Status withFavouritesCount(long favouritesCount) {
		return new Status(this.id, this.uri, this.url, this.createdAt, this.account, this.content, this.visibility,
				this.sensitive, this.spoilerText, this.mediaAttachments, this.application, this.mentions, this.tags,
				this.emojis, this.reblogsCount, favouritesCount, this.repliesCount, this.inReplyToId,
				this.inReplyToAccountId, this.reblog, this.poll, this.card, this.language, this.text, this.editedAt,
				this.favourited, this.reblogged, this.muted, this.bookmarked, this.pinned);
	}

	/**
	 * This status with its source text, as Mastodon answers a delete (for "delete and
	 * redraft").
	 */
	public Status withText(String text) {
		return new Status(this.id, this.uri, this.url, this.createdAt, this.account, this.content, this.visibility,
				this.sensitive, this.spoilerText, this.mediaAttachments, this.application, this.mentions, this.tags,
				this.emojis, this.reblogsCount, this.favouritesCount, this.repliesCount, this.inReplyToId,
				this.inReplyToAccountId, this.reblog, this.poll, this.card, this.language, text, this.editedAt,
				this.favourited, this.reblogged, this.muted, this.bookmarked, this.pinned);
	}

}
