package social.murmur.media.profile;

import java.time.Instant;

import social.murmur.media.attachment.image.Dimensions;

/**
 * A stored avatar or header.
 *
 * @param fileKey where the file is in the media storage; never reused
 * @param url the absolute URL handed out for it
 * @param dimensions its size
 */
public record ProfileImage(long id, long accountId, ProfileImageKind kind, String fileKey, String url,
		Dimensions dimensions, Instant createdAt) {
}
