package social.murmur.users.account;

/** The username, in any case, already belongs to another account. */
public class UsernameTaken extends RuntimeException {

	public UsernameTaken(String message) {
		super(message, null, false, false);
	}

}
