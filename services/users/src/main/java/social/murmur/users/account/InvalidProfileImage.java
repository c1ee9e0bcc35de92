package social.murmur.users.account;

/**
 * An uploaded avatar or header that media refused, with media's reason, which is fit to
 * show the client as it is.
 */
public class InvalidProfileImage extends RuntimeException {

	public InvalidProfileImage(String message) {
		super(message, null, false, false);
	}

}
