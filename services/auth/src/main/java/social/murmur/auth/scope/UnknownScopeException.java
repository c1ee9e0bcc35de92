package social.murmur.auth.scope;

/** A scope that Mastodon does not define was asked for. */
public class UnknownScopeException extends IllegalArgumentException {

	private final String scope;

	public UnknownScopeException(String scope) {
		super("Unknown scope: " + scope);
		this.scope = scope;
	}

	public String scope() {
		return this.scope;
	}

}
