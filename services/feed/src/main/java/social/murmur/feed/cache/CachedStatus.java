package social.murmur.feed.cache;

import com.google.protobuf.InvalidProtocolBufferException;
import org.jspecify.annotations.Nullable;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.users.v1.Account;

/**
 * A status with its author as the cache holds them: the status without its author, the
 * author, and the protobuf bytes of each as stored in Redis. The bytes identify exactly
 * what a rendering was made from, so a rendering can be reused for as long as they stay
 * the same.
 * <p>
 * A status read from the cache is decoded only when {@link #bare()} is first asked for: a
 * home read whose renderings are kept never needs it, and decoding the page's statuses
 * was about a sixth of what such a read allocated. The stored bytes are what feed itself
 * encoded, and {@link StatusBytes#authorId} has checked their structure.
 */
public final class CachedStatus {

	private final long id;

	private final byte[] statusBytes;

	private final Account author;

	private final byte[] authorBytes;

	private @Nullable Status bare;

	private CachedStatus(long id, @Nullable Status bare, byte[] statusBytes, Account author, byte[] authorBytes) {
		this.id = id;
		this.bare = bare;
		this.statusBytes = statusBytes;
		this.author = author;
		this.authorBytes = authorBytes;
	}

	/** A status (with its author) that did not come from the cache. */
	public static CachedStatus of(Status status) {
		Status bare = bare(status);
		return new CachedStatus(status.getId(), bare, bare.toByteArray(), status.getAccount(),
				status.getAccount().toByteArray());
	}

	/** A status as the cache holds it, decoded when first needed. */
	static CachedStatus stored(long id, byte[] statusBytes, Account author, byte[] authorBytes) {
		return new CachedStatus(id, null, statusBytes, author, authorBytes);
	}

	static Status bare(Status status) {
		return status.toBuilder().setAccount(Account.newBuilder().setId(status.getAccount().getId())).build();
	}

	public long id() {
		return this.id;
	}

	/** The status, its account reduced to the id. */
	public Status bare() {
		Status decoded = this.bare;
		if (decoded == null) {
			decoded = decode(this.statusBytes);
			this.bare = decoded;
		}
		return decoded;
	}

	/** The encoded {@link #bare()}. */
	public byte[] statusBytes() {
		return this.statusBytes;
	}

	/** The status's author. */
	public Account author() {
		return this.author;
	}

	/** The encoded {@link #author()}. */
	public byte[] authorBytes() {
		return this.authorBytes;
	}

	/** The status with its author in place. */
	public Status status() {
		return bare().toBuilder().setAccount(this.author).build();
	}

	private static Status decode(byte[] statusBytes) {
		try {
			return Status.parseFrom(statusBytes);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException("A cached status that is not one, though its structure was checked", ex);
		}
	}

}
