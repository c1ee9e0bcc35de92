package social.murmur.posts.timeline;

/** How much of an account's statuses a viewer may see. */
enum Audience {

	/** Nobody signed in: public and unlisted statuses. */
	ANONYMOUS,

	/**
	 * Someone who does not follow the account: public, unlisted, and any mentioning them.
	 */
	OTHER,

	/** A follower: also private statuses. */
	FOLLOWER,

	/** The account itself: everything. */
	AUTHOR

}
