package social.murmur.auth.account;

/** A sign-up that breaks rules; nothing was stored. */
public class SignUpRejected extends RuntimeException {

	private final ValidationErrors errors;

	public SignUpRejected(ValidationErrors errors) {
		super(errors.message(), null, false, false);
		this.errors = errors;
	}

	public ValidationErrors errors() {
		return this.errors;
	}

}
