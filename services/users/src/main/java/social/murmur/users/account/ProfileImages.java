package social.murmur.users.account;

/**
 * Where avatars and headers are processed and stored: the media service. Users keeps only
 * the URL of each account's current image.
 */
public interface ProfileImages {

	/**
	 * Processes and stores the image. A new URL every time, never reused, so storing
	 * changes nothing that an account already shows.
	 * @return the absolute URL of the stored image
	 * @throws InvalidProfileImage when media refuses the content (not an image it
	 * accepts, too many pixels)
	 * @throws ProfileImagesUnavailable when media cannot be reached or fails
	 */
	String store(long accountId, ProfileImageUpload upload);

	/**
	 * Deletes the account's stored images of that kind except the one it shows now. Best
	 * effort: a failure is logged and the images stay (a stray file is harmless, and the
	 * next change of that image removes it), so this never throws.
	 * @param keepUrl the URL the account shows, empty when it shows the default image
	 */
	void discardAllBut(long accountId, ProfileImageKind kind, String keepUrl);

}
