package social.murmur.auth.account;

/**
 * The users service, which keeps the profile of every account. Sign-up creates the
 * profile in the same breath as the credential.
 */
public interface AccountProfiles {

	/**
	 * Creates the profile of a new account; repeating the call with the same id and
	 * username is harmless.
	 * @throws ProfileRefused if the users service will not take the username
	 * @throws ProfilesUnavailable if the users service cannot be reached or fails
	 */
	void create(long accountId, String username, String displayName, String locale);

	/**
	 * The id of the profile that has the given username, if there is one.
	 * @throws ProfilesUnavailable if the users service cannot be reached or fails
	 */
	java.util.OptionalLong findIdByUsername(String username);

	/** The users service refused the profile. */
	class ProfileRefused extends RuntimeException {

		private final boolean taken;

		public ProfileRefused(String message, boolean taken) {
			super(message);
			this.taken = taken;
		}

		/** Whether the username is taken there, rather than malformed. */
		public boolean taken() {
			return this.taken;
		}

	}

	/** The users service did not answer, or failed. */
	class ProfilesUnavailable extends RuntimeException {

		public ProfilesUnavailable(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
