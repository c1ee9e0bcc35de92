package social.murmur.auth.token;

/** What became of a request to revoke a token. */
public enum Revocation {

	/** The token is revoked (now, or already before). */
	REVOKED,

	/** No such token; RFC 7009 treats that as done. */
	UNKNOWN,

	/** The token belongs to another application, which alone may revoke it. */
	NOT_OWNED

}
