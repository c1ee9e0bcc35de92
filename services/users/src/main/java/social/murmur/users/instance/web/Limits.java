package social.murmur.users.instance.web;

import java.util.List;

/**
 * The limits that both instance documents announce under {@code configuration}. They
 * describe what the Murmur services accept: 500-character statuses with up to four
 * images, and neither videos, polls, featured tags nor pinned statuses.
 */
final class Limits {

	static final AccountLimits ACCOUNTS = new AccountLimits(0, 0, 30, 500);

	static final StatusLimits STATUSES = new StatusLimits(500, 4, 23);

	static final MediaLimits MEDIA = new MediaLimits(List.of("image/jpeg", "image/png", "image/gif", "image/webp"),
			1500, 16_777_216, 33_177_600, 0, 0, 0);

	static final PollLimits POLLS = new PollLimits(0, 50, 300, 2_629_746);

	private Limits() {
	}

	record AccountLimits(int maxFeaturedTags, int maxPinnedStatuses, int maxDisplayNameLength, int maxNoteLength) {
	}

	record StatusLimits(int maxCharacters, int maxMediaAttachments, int charactersReservedPerUrl) {
	}

	record MediaLimits(List<String> supportedMimeTypes, int descriptionLimit, long imageSizeLimit,
			long imageMatrixLimit, long videoSizeLimit, int videoFrameRateLimit, long videoMatrixLimit) {
	}

	record PollLimits(int maxOptions, int maxCharactersPerOption, int minExpiration, int maxExpiration) {
	}

}
