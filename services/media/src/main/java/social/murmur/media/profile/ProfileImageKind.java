package social.murmur.media.profile;

import social.murmur.media.attachment.image.Dimensions;

/** The kinds of profile image and their shapes, as Mastodon's. */
public enum ProfileImageKind {

	/** A square of at most 400x400. */
	AVATAR("avatar", "Avatar", new Dimensions(1, 1), new Dimensions(400, 400)),

	/** A 3:1 banner of at most 1500x500. */
	HEADER("header", "Header", new Dimensions(3, 1), new Dimensions(1500, 500));

	private final String key;

	private final String label;

	private final Dimensions aspect;

	private final Dimensions box;

	ProfileImageKind(String key, String label, Dimensions aspect, Dimensions box) {
		this.key = key;
		this.label = label;
		this.aspect = aspect;
		this.box = box;
	}

	/** The name in the database and in file keys. */
	public String key() {
		return this.key;
	}

	/** The name in messages to clients. */
	public String label() {
		return this.label;
	}

	/** The aspect ratio, as a width and a height. */
	public Dimensions aspect() {
		return this.aspect;
	}

	/** The largest size kept; smaller images are not enlarged. */
	public Dimensions box() {
		return this.box;
	}

	public static ProfileImageKind fromKey(String key) {
		for (ProfileImageKind kind : values()) {
			if (kind.key.equals(key)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Unknown profile image kind: " + key);
	}

}
