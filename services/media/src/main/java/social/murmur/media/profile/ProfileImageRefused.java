package social.murmur.media.profile;

/**
 * A profile image that cannot be stored, or a malformed request; nothing was stored. The
 * message is fit for the client.
 */
public class ProfileImageRefused extends RuntimeException {

	public ProfileImageRefused(String message) {
		super(message, null, false, false);
	}

}
