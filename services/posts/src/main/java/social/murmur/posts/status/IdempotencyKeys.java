package social.murmur.posts.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code Idempotency-Key} headers of the last hour, per account, and the status each one
 * produced. As in Mastodon, a key is remembered for one hour.
 */
@Repository
public class IdempotencyKeys {

	private final JdbcClient jdbc;

	public IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The status an unexpired key produced, if any. */
	public Optional<Long> statusFor(long accountId, String key) {
		return this.jdbc.sql("""
				select status_id from idempotency_keys
				where account_id = :account and key_digest = :digest and created_at > now() - interval '1 hour'
				""").param("account", accountId).param("digest", digest(key)).query(Long.class).optional();
	}

	/**
	 * Claims a key for a new status, in the caller's transaction. When another request
	 * holds the key, that request's status id is returned instead and nothing is claimed.
	 * A concurrent claim of the same key waits for the first transaction to end, so two
	 * retries of one request never both create a status.
	 * @return the status id that owns the key: {@code statusId} if the claim succeeded
	 */
	public long claim(long accountId, String key, long statusId) {
		byte[] digest = digest(key);
		// Forget this account's expired keys while we are here; it keeps the table small
		// without a cleanup job.
		this.jdbc
			.sql("delete from idempotency_keys where account_id = :account and created_at <= now() - interval '1 hour'")
			.param("account", accountId)
			.update();
		int claimed = this.jdbc.sql("""
				insert into idempotency_keys (account_id, key_digest, status_id, created_at)
				values (:account, :digest, :status, now())
				on conflict (account_id, key_digest) do update
				    set status_id = excluded.status_id, created_at = excluded.created_at
				    where idempotency_keys.created_at <= now() - interval '1 hour'
				""").param("account", accountId).param("digest", digest).param("status", statusId).update();
		if (claimed == 1) {
			return statusId;
		}
		return this.jdbc
			.sql("select status_id from idempotency_keys where account_id = :account and key_digest = :digest")
			.param("account", accountId)
			.param("digest", digest)
			.query(Long.class)
			.single();
	}

	/** Lets a key be used again, when the status it produced no longer exists. */
	public void release(long accountId, String key) {
		this.jdbc.sql("delete from idempotency_keys where account_id = :account and key_digest = :digest")
			.param("account", accountId)
			.param("digest", digest(key))
			.update();
	}

	private static byte[] digest(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
