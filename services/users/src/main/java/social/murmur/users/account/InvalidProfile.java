package social.murmur.users.account;

/** A profile change that breaks one of the {@link ProfileRules}. */
public class InvalidProfile extends RuntimeException {

	public InvalidProfile(String message) {
		super(message, null, false, false);
	}

}
