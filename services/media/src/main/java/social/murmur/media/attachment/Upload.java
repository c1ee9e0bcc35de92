package social.murmur.media.attachment;

import org.jspecify.annotations.Nullable;

/**
 * What a client sent to create an attachment.
 *
 * @param bytes the file
 * @param fileName the file name the client gave, only checked against the content
 * @param contentType the content type the client declared, only checked against the
 * content
 * @param description the alt text
 * @param focus the focal point, {@code "x,y"}
 */
public record Upload(byte[] bytes, @Nullable String fileName, @Nullable String contentType,
		@Nullable String description, @Nullable String focus) {
}
