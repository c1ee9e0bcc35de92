package social.murmur.media.attachment.image;

/**
 * An upload turned into what Murmur serves: upright, without metadata, capped in size.
 *
 * @param original the full image, fitting 3840x2160
 * @param small the preview, fitting 640x360
 * @param blurhash the placeholder shown while the image loads
 */
public record ProcessedImage(EncodedImage original, EncodedImage small, String blurhash) {
}
