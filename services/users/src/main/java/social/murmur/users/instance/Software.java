package social.murmur.users.instance;

/** What software this server runs, as the instance documents name it. */
public final class Software {

	public static final String NAME = "murmur";

	public static final String VERSION = "0.1.0";

	/** The Mastodon release whose client API Murmur follows. */
	public static final String MASTODON_VERSION = "4.3.0";

	/**
	 * The version string of the Mastodon instance documents. Clients read the leading
	 * Mastodon version to decide which API features to use, as they do for other
	 * compatible servers.
	 */
	public static final String COMPATIBLE_VERSION = MASTODON_VERSION + " (compatible; Murmur " + VERSION + ")";

	/** Mastodon 4.3.0's {@code api_versions.mastodon}. */
	public static final int MASTODON_API_VERSION = 2;

	private Software() {
	}

}
