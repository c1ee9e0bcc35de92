package social.murmur.posts.status.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import social.murmur.platform.web.ApiException;
import social.murmur.posts.status.StatusDraft;
import social.murmur.posts.status.Visibility;
import social.murmur.posts.status.text.Languages;

/**
 * The parameters of {@code POST /api/v1/statuses}, from JSON or form fields. Loosely
 * typed where Mastodon clients differ ({@code sensitive} comes as a JSON boolean or as
 * {@code "true"}/{@code "1"} in forms), checked in {@link #toDraft}.
 */
record StatusParams(@Nullable String status, @Nullable List<String> mediaIds, @Nullable Object poll,
		@Nullable String inReplyToId, @Nullable Object sensitive, @Nullable String spoilerText,
		@Nullable String visibility, @Nullable String language, @Nullable String scheduledAt) {

	/** Rails' false values; anything else present counts as true, as in Mastodon. */
	private static final List<String> FALSE_VALUES = List.of("0", "f", "false", "off", "no");

	StatusDraft toDraft(@Nullable String idempotencyKey) {
		if (this.poll != null && !isEmpty(this.poll)) {
			throw ApiException.unprocessable("Validation failed: Polls are not supported by this server");
		}
		if (this.scheduledAt != null && !this.scheduledAt.isBlank()) {
			throw ApiException.unprocessable("Validation failed: Scheduled posts are not supported by this server");
		}
		return new StatusDraft(this.status, replyId(), sensitiveFlag(),
				(this.spoilerText != null) ? this.spoilerText : "", visibilityOrDefault(), languageCode(),
				mediaIdsGiven(), (idempotencyKey != null && !idempotencyKey.isBlank()) ? idempotencyKey : null);
	}

	/** Forms send {@code media_ids[]=} with nothing in it when no file was attached. */
	private List<String> mediaIdsGiven() {
		return (this.mediaIds != null) ? this.mediaIds.stream().filter((id) -> id != null && !id.isBlank()).toList()
				: List.of();
	}

	private @Nullable Long replyId() {
		if (this.inReplyToId == null || this.inReplyToId.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(this.inReplyToId.trim());
		}
		catch (NumberFormatException ex) {
			// No status has an id that is not a number.
			throw new ApiException(404, "The post you are trying to reply to does not appear to exist.");
		}
	}

	private @Nullable Boolean sensitiveFlag() {
		return switch (this.sensitive) {
			case null -> null;
			case Boolean flag -> flag;
			case Number number -> number.intValue() != 0;
			case String text when text.isBlank() -> null;
			case String text -> !FALSE_VALUES.contains(text.trim().toLowerCase(Locale.ROOT));
			default -> throw ApiException.unprocessable("Validation failed: Sensitive is invalid");
		};
	}

	private Visibility visibilityOrDefault() {
		if (this.visibility == null || this.visibility.isBlank()) {
			return Visibility.PUBLIC;
		}
		return Visibility.fromApiName(this.visibility.trim())
			.orElseThrow(() -> ApiException.unprocessable("Validation failed: Visibility is not included in the list"));
	}

	private @Nullable String languageCode() {
		if (this.language == null || this.language.isBlank()) {
			return null;
		}
		return Languages.iso6391(this.language)
			.orElseThrow(() -> ApiException
				.unprocessable("Validation failed: Language is not a valid ISO 639-1 language code"));
	}

	private static boolean isEmpty(Object value) {
		return switch (value) {
			case Map<?, ?> map -> map.isEmpty();
			case List<?> list -> list.isEmpty();
			case String text -> text.isBlank();
			default -> false;
		};
	}

}
