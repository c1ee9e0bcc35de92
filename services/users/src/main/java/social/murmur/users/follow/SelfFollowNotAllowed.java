package social.murmur.users.follow;

/** An account asked to follow itself. */
public class SelfFollowNotAllowed extends RuntimeException {

	public SelfFollowNotAllowed() {
		super("Following your own account is not allowed", null, false, false);
	}

}
