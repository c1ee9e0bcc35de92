package social.murmur.auth.authorization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import social.murmur.auth.scope.ScopeSet;

/** Authorization codes, found by the SHA-256 digest of their value. */
@Repository
public class AuthorizationCodes {

	private final JdbcClient jdbc;

	public AuthorizationCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(AuthorizationCode code, byte[] digest) {
		this.jdbc.sql("""
				insert into authorization_codes (id, code_digest, application_id, account_id, redirect_uri, scopes,
				    code_challenge, code_challenge_method, created_at, expires_at)
				values (:id, :digest, :applicationId, :accountId, :redirectUri, :scopes,
				    :codeChallenge, :codeChallengeMethod, :createdAt, :expiresAt)
				""")
			.param("id", code.id())
			.param("digest", digest)
			.param("applicationId", code.applicationId())
			.param("accountId", code.accountId())
			.param("redirectUri", code.redirectUri())
			.param("scopes", code.scopes().asString())
			.param("codeChallenge", code.codeChallenge())
			.param("codeChallengeMethod", code.codeChallengeMethod())
			.param("createdAt", timestamp(code.createdAt()))
			.param("expiresAt", timestamp(code.expiresAt()))
			.update();
	}

	/**
	 * Uses up the application's code with the given digest, in one statement, so two
	 * concurrent requests cannot both have it. A code of another application is left
	 * alone: a client must not be able to burn codes it does not own.
	 * @return the code if it existed, belonged to the application and was unused (expired
	 * or not: the caller decides)
	 */
	public Optional<AuthorizationCode> redeem(byte[] digest, long applicationId, Instant now) {
		return this.jdbc.sql("""
				update authorization_codes set redeemed_at = :now
				where code_digest = :digest and application_id = :applicationId and redeemed_at is null
				returning *
				""")
			.param("digest", digest)
			.param("applicationId", applicationId)
			.param("now", timestamp(now))
			.query(AuthorizationCodes::map)
			.optional();
	}

	/**
	 * @return how many codes that expired before the given instant were deleted
	 */
	public int deleteExpiredBefore(Instant instant) {
		return this.jdbc.sql("delete from authorization_codes where expires_at < :instant")
			.param("instant", timestamp(instant))
			.update();
	}

	private static AuthorizationCode map(ResultSet row, int rowNum) throws SQLException {
		return new AuthorizationCode(row.getLong("id"), row.getLong("application_id"), row.getLong("account_id"),
				row.getString("redirect_uri"), ScopeSet.parse(row.getString("scopes")), row.getString("code_challenge"),
				row.getString("code_challenge_method"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
				row.getObject("expires_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
