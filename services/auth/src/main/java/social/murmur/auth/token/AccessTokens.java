package social.murmur.auth.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import social.murmur.auth.scope.ScopeSet;

/** Access tokens, found by the SHA-256 digest of their value. */
@Repository
public class AccessTokens {

	private final JdbcClient jdbc;

	public AccessTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(AccessToken token, byte[] digest) {
		this.jdbc.sql("""
				insert into access_tokens (id, token_digest, application_id, account_id, scopes, created_at, expires_at)
				values (:id, :digest, :applicationId, :accountId, :scopes, :createdAt, :expiresAt)
				""")
			.param("id", token.id())
			.param("digest", digest)
			.param("applicationId", token.applicationId())
			.param("accountId", token.accountId())
			.param("scopes", token.scopes().asString())
			.param("createdAt", timestamp(token.createdAt()))
			.param("expiresAt", timestamp(token.expiresAt()))
			.update();
	}

	public Optional<AccessToken> findByDigest(byte[] digest) {
		return this.jdbc.sql("select * from access_tokens where token_digest = :digest")
			.param("digest", digest)
			.query(AccessTokens::map)
			.optional();
	}

	/**
	 * Marks the token revoked unless it already was.
	 * @return whether this call revoked it
	 */
	public boolean revoke(long id, Instant at) {
		return this.jdbc.sql("update access_tokens set revoked_at = :at where id = :id and revoked_at is null")
			.param("id", id)
			.param("at", timestamp(at))
			.update() == 1;
	}

	private static AccessToken map(ResultSet row, int rowNum) throws SQLException {
		long accountId = row.getLong("account_id");
		Long account = row.wasNull() ? null : accountId;
		return new AccessToken(row.getLong("id"), row.getLong("application_id"), account,
				ScopeSet.parse(row.getString("scopes")), row.getObject("created_at", OffsetDateTime.class).toInstant(),
				instant(row, "expires_at"), instant(row, "revoked_at"));
	}

	private static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
