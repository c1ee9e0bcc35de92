package social.murmur.users.follow;

/** A follow request whose options are not acceptable. */
public class InvalidFollowOptions extends RuntimeException {

	public InvalidFollowOptions(String message) {
		super(message, null, false, false);
	}

}
