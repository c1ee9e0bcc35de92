package social.murmur.users.account;

/** The two images of a profile. */
public enum ProfileImageKind {

	/** The square picture beside the name. */
	AVATAR("Avatar"),

	/** The wide banner at the top of the profile. */
	HEADER("Header");

	private final String label;

	ProfileImageKind(String label) {
		this.label = label;
	}

	/** The name of the field in Mastodon's error messages, such as {@code Avatar}. */
	public String label() {
		return this.label;
	}

}
