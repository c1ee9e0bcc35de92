package social.murmur.users.account;

/**
 * An image file the owner uploaded as avatar or header, as received. Only its size is
 * checked here; whether it is an image media accepts is media's to say.
 *
 * @param kind which image it replaces
 * @param content the bytes of the file
 */
public record ProfileImageUpload(ProfileImageKind kind, byte[] content) {

	/** Mastodon's limit on avatars and headers, which media's contract shares. */
	public static final long MAX_BYTES = 8L * 1024 * 1024;

	/**
	 * @throws InvalidProfile when the file is empty or over {@link #MAX_BYTES}
	 */
	public ProfileImageUpload {
		checkSize(kind, content.length);
	}

	/**
	 * Checks the size of a file before its bytes are read.
	 * @throws InvalidProfile when the file is empty or over {@link #MAX_BYTES}
	 */
	public static void checkSize(ProfileImageKind kind, long size) {
		if (size <= 0) {
			throw new InvalidProfile(kind.label() + " file is empty");
		}
		if (size > MAX_BYTES) {
			throw new InvalidProfile(kind.label() + " file size must be less than 8 MB");
		}
	}

}
