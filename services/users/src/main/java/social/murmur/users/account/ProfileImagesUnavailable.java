package social.murmur.users.account;

import org.jspecify.annotations.Nullable;

/**
 * Media could not store an avatar or header (down, too slow, or failing); nothing was
 * changed, and the client may try again.
 */
public class ProfileImagesUnavailable extends RuntimeException {

	public ProfileImagesUnavailable(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
