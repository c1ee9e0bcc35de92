package social.murmur.media.attachment.image;

/**
 * What an image's header says, read before any pixel is decoded.
 *
 * @param format the real format, from the magic numbers
 * @param stored the size of the stored pixels
 * @param orientation how the pixels must be turned upright (JPEG EXIF only)
 */
public record ImageHeader(ImageFormat format, Dimensions stored, Orientation orientation) {

	/** The size as seen, once turned upright. */
	public Dimensions upright() {
		return this.orientation.swapsAxes() ? this.stored.swapped() : this.stored;
	}

}
