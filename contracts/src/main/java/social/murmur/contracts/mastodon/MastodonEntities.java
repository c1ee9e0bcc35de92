package social.murmur.contracts.mastodon;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;
import social.murmur.contracts.posts.v1.Visibility;

/**
 * Turns the internal protobuf messages into Mastodon API entities. The one place where
 * the public shape of an account or a status is decided; every service that renders them
 * goes through here.
 */
public final class MastodonEntities {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	private final String publicUrl;

	/**
	 * @param publicUrl the address clients reach Murmur at, without a trailing slash,
	 * such as {@code https://murmur.example}
	 */
	public MastodonEntities(String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	public String publicUrl() {
		return this.publicUrl;
	}

	public Account account(social.murmur.contracts.users.v1.Account source) {
		String avatar = source.getAvatarUrl().isEmpty() ? this.publicUrl + "/avatars/original/missing.png"
				: source.getAvatarUrl();
		String header = source.getHeaderUrl().isEmpty() ? this.publicUrl + "/headers/original/missing.png"
				: source.getHeaderUrl();
		String profileUrl = profileUrl(source.getUsername());
		return new Account(Long.toString(source.getId()), source.getUsername(), source.getUsername(),
				source.getDisplayName(), source.getLocked(), source.getBot(), source.getDiscoverable(), false,
				timestamp(startOfDay(source.getCreatedAt())), source.getNote(), profileUrl,
				this.publicUrl + "/users/" + source.getUsername(), avatar, avatar, header, header,
				source.getFollowersCount(), source.getFollowingCount(), source.getStatusesCount(),
				(source.getLastStatusAt() != 0) ? DATE.format(Instant.ofEpochMilli(source.getLastStatusAt())) : null,
				List.of(), List.of());
	}

	public Status status(social.murmur.contracts.posts.v1.Status source) {
		Account author = account(source.getAccount());
		String id = Long.toString(source.getId());
		List<Mention> mentions = source.getMentionsList()
			.stream()
			.map((mention) -> new Mention(Long.toString(mention.getAccountId()), mention.getUsername(),
					profileUrl(mention.getUsername()), mention.getUsername()))
			.toList();
		List<Tag> tags = source.getTagsList()
			.stream()
			.map((tag) -> new Tag(tag, this.publicUrl + "/tags/" + tag))
			.toList();
		Status.Application application = source.getApplicationName().isEmpty() ? null
				: new Status.Application(source.getApplicationName(), null);
		return new Status(id, this.publicUrl + "/users/" + author.username() + "/statuses/" + id,
				profileUrl(author.username()) + "/" + id, timestamp(source.getCreatedAt()), author, source.getContent(),
				visibility(source.getVisibility()), source.getSensitive(), source.getSpoilerText(),
				source.getMediaAttachmentsList().stream().map(this::mediaAttachment).toList(), application, mentions,
				tags, List.of(), source.getReblogsCount(), source.getFavouritesCount(), source.getRepliesCount(),
				idOrNull(source.getInReplyToId()), idOrNull(source.getInReplyToAccountId()), null, null, null,
				source.getLanguage().isEmpty() ? null : source.getLanguage(), null, null, null, null, null, null, null);
	}

	/**
	 * An attachment as Mastodon shows it: no URLs while it is still being processed, no
	 * description when it has no alt text.
	 */
	public MediaAttachment mediaAttachment(social.murmur.contracts.media.v1.MediaAttachment source) {
		social.murmur.contracts.media.v1.MediaMeta meta = source.getMeta();
		MediaAttachment.Size original = meta.hasOriginal()
				? MediaAttachment.Size.of(meta.getOriginal().getWidth(), meta.getOriginal().getHeight()) : null;
		MediaAttachment.Size small = meta.hasSmall()
				? MediaAttachment.Size.of(meta.getSmall().getWidth(), meta.getSmall().getHeight()) : null;
		MediaAttachment.Focus focus = meta.hasFocus()
				? new MediaAttachment.Focus(meta.getFocus().getX(), meta.getFocus().getY()) : null;
		return new MediaAttachment(Long.toString(source.getId()),
				source.getType().isEmpty() ? "image" : source.getType(), emptyToNull(source.getUrl()),
				emptyToNull(source.getPreviewUrl()), null, new MediaAttachment.Meta(original, small, focus),
				emptyToNull(source.getDescription()), emptyToNull(source.getBlurhash()));
	}

	private static @Nullable String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

	public String profileUrl(String username) {
		return this.publicUrl + "/@" + username;
	}

	/**
	 * The Mastodon name of a visibility: {@code public}, {@code unlisted},
	 * {@code private} or {@code direct}.
	 */
	public static String visibility(Visibility visibility) {
		return switch (visibility) {
			case VISIBILITY_UNLISTED -> "unlisted";
			case VISIBILITY_PRIVATE -> "private";
			case VISIBILITY_DIRECT -> "direct";
			default -> "public";
		};
	}

	/** Formats epoch milliseconds as Mastodon does: ISO 8601 in UTC with milliseconds. */
	public static String timestamp(long epochMillis) {
		return TIMESTAMP.format(Instant.ofEpochMilli(epochMillis));
	}

	public static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant);
	}

	private static long startOfDay(long epochMillis) {
		return epochMillis - Math.floorMod(epochMillis, 86_400_000L);
	}

	private static @Nullable String idOrNull(long id) {
		return (id != 0) ? Long.toString(id) : null;
	}

}
