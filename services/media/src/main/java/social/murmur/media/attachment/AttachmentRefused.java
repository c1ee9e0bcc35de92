package social.murmur.media.attachment;

/** Why attachments could not be attached to a status; nothing was changed. */
public class AttachmentRefused extends RuntimeException {

	/** The kinds of refusal, as the gRPC contract names them. */
	public enum Reason {

		/** Unknown ids, or ids of another account's media. */
		NOT_FOUND,
		/** Media still being processed, failed, or attached to another status. */
		NOT_ATTACHABLE,
		/** A malformed request: too many ids, no account or status. */
		INVALID

	}

	private final Reason reason;

	public AttachmentRefused(Reason reason, String message) {
		super(message, null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
