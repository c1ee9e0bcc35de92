package social.murmur.users.account;

/** An account id that names no account. */
public class UnknownAccount extends RuntimeException {

	private final long accountId;

	public UnknownAccount(long accountId) {
		super("No account " + accountId, null, false, false);
		this.accountId = accountId;
	}

	public long accountId() {
		return this.accountId;
	}

}
