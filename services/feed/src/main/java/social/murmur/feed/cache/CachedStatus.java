package social.murmur.feed.cache;

import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.users.v1.Account;

/**
 * A status with its author as the cache holds them: the status without its author, the
 * author, and the protobuf bytes of each as stored in Redis. The bytes identify exactly
 * what a rendering was made from, so a rendering can be reused for as long as they stay
 * the same.
 *
 * @param bare the status, its account reduced to the id
 * @param statusBytes the encoded {@code bare}
 * @param author the status's author
 * @param authorBytes the encoded {@code author}
 */
public record CachedStatus(Status bare, byte[] statusBytes, Account author, byte[] authorBytes) {

	/** A status (with its author) that did not come from the cache. */
	public static CachedStatus of(Status status) {
		Status bare = bare(status);
		return new CachedStatus(bare, bare.toByteArray(), status.getAccount(), status.getAccount().toByteArray());
	}

	static Status bare(Status status) {
		return status.toBuilder().setAccount(Account.newBuilder().setId(status.getAccount().getId())).build();
	}

	public long id() {
		return this.bare.getId();
	}

	/** The status with its author in place. */
	public Status status() {
		return this.bare.toBuilder().setAccount(this.author).build();
	}

}
