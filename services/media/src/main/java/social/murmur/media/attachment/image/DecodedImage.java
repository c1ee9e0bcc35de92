package social.murmur.media.attachment.image;

import java.awt.image.BufferedImage;

/**
 * The pixels of an upload, as stored (not yet turned upright), possibly subsampled on
 * reading when the image is far larger than anything Murmur keeps.
 *
 * @param pixels the decoded pixels
 * @param header what the header said
 */
public record DecodedImage(BufferedImage pixels, ImageHeader header) {
}
