package social.murmur.media.attachment.web;

import org.jspecify.annotations.Nullable;

/**
 * The text parameters of an upload or an update (the file travels apart).
 *
 * @param description alt text, up to 1,500 characters
 * @param focus the focal point, {@code "x,y"} with each in [-1, 1]
 */
record MediaParams(@Nullable String description, @Nullable String focus) {
}
