package social.murmur.media.attachment.image;

/**
 * An image file ready to store.
 *
 * @param bytes the file's content, without metadata
 * @param format how it is encoded
 * @param dimensions its size
 */
public record EncodedImage(byte[] bytes, OutputFormat format, Dimensions dimensions) {

	/** The formats Murmur writes: JPEG for opaque images, PNG for transparent ones. */
	public enum OutputFormat {

		JPEG("image/jpeg", "jpg"), PNG("image/png", "png");

		private final String contentType;

		private final String extension;

		OutputFormat(String contentType, String extension) {
			this.contentType = contentType;
			this.extension = extension;
		}

		public String contentType() {
			return this.contentType;
		}

		public String extension() {
			return this.extension;
		}

	}

}
