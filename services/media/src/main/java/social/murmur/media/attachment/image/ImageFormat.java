package social.murmur.media.attachment.image;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The image formats Murmur accepts, recognised by their magic numbers, never by a file
 * name or a declared content type.
 */
public enum ImageFormat {

	JPEG("jpeg", Set.of("image/jpeg", "image/jpg", "image/pjpeg"), Set.of("jpg", "jpeg", "jpe", "jfif")),

	PNG("png", Set.of("image/png", "image/x-png", "image/apng"), Set.of("png", "apng")),

	GIF("gif", Set.of("image/gif"), Set.of("gif")),

	WEBP("webp", Set.of("image/webp"), Set.of("webp"));

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final String readerName;

	private final Set<String> contentTypes;

	private final Set<String> extensions;

	ImageFormat(String readerName, Set<String> contentTypes, Set<String> extensions) {
		this.readerName = readerName;
		this.contentTypes = contentTypes;
		this.extensions = extensions;
	}

	/** The ImageIO format name of the reader for this format. */
	public String readerName() {
		return this.readerName;
	}

	/** The format of the given bytes, from their first bytes (magic numbers). */
	public static Optional<ImageFormat> detect(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return Optional.of(JPEG);
		}
		if (bytes.length >= PNG_SIGNATURE.length
				&& Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
			return Optional.of(PNG);
		}
		if (bytes.length >= 6 && startsWith(bytes, 0, "GIF8") && (bytes[4] == '7' || bytes[4] == '9')
				&& bytes[5] == 'a') {
			return Optional.of(GIF);
		}
		if (bytes.length >= 12 && startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WEBP")) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	/**
	 * Whether a client's declared content type contradicts this format. Only image types
	 * and the generic {@code application/octet-stream} are believable for an image; a
	 * missing type says nothing.
	 */
	public boolean contradictedByContentType(String contentType) {
		String type = contentType.toLowerCase(Locale.ROOT);
		int parameters = type.indexOf(';');
		type = ((parameters >= 0) ? type.substring(0, parameters) : type).trim();
		if (type.isEmpty() || type.equals("application/octet-stream")) {
			return false;
		}
		return !this.contentTypes.contains(type);
	}

	/**
	 * Whether a client's file name names another image format, as {@code photo.jpg}
	 * holding PNG bytes does. Names without an image extension say nothing.
	 */
	public boolean contradictedByFileName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		if (dot < 0) {
			return false;
		}
		String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT).trim();
		boolean imageExtension = Arrays.stream(values()).anyMatch((format) -> format.extensions.contains(extension));
		return imageExtension && !this.extensions.contains(extension);
	}

	private static boolean startsWith(byte[] bytes, int offset, String ascii) {
		for (int i = 0; i < ascii.length(); i++) {
			if (bytes[offset + i] != (byte) ascii.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
