package social.murmur.auth.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sign-in credentials of local accounts. Usernames and e-mails compare
 * case-insensitively.
 */
@Repository
public class Credentials {

	private final JdbcClient jdbc;

	public Credentials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the credential unless its username or e-mail is taken. Under a race the
	 * later transaction waits for the earlier one and then finds the conflict, so the
	 * unique indexes decide.
	 * @return whether it was stored
	 */
	public boolean addIfAbsent(Credential credential, long applicationId, @Nullable String reason) {
		return this.jdbc
			.sql("""
					insert into credentials (account_id, username, email, password_hash, locale, reason, application_id, created_at)
					values (:accountId, :username, :email, :passwordHash, :locale, :reason, :applicationId, :createdAt)
					on conflict do nothing
					""")
			.param("accountId", credential.accountId())
			.param("username", credential.username())
			.param("email", credential.email())
			.param("passwordHash", credential.passwordHash())
			.param("locale", credential.locale())
			.param("reason", reason)
			.param("applicationId", applicationId)
			.param("createdAt", OffsetDateTime.ofInstant(credential.createdAt(), ZoneOffset.UTC))
			.update() == 1;
	}

	public boolean usernameTaken(String username) {
		return this.jdbc.sql("select exists (select 1 from credentials where lower(username) = lower(:username))")
			.param("username", username)
			.query(Boolean.class)
			.single();
	}

	public boolean emailTaken(String email) {
		return this.jdbc.sql("select exists (select 1 from credentials where lower(email) = lower(:email))")
			.param("email", email)
			.query(Boolean.class)
			.single();
	}

	public Optional<Credential> findByUsername(String username) {
		return this.jdbc.sql("select * from credentials where lower(username) = lower(:username)")
			.param("username", username)
			.query(Credentials::map)
			.optional();
	}

	public Optional<Credential> findByAccountId(long accountId) {
		return this.jdbc.sql("select * from credentials where account_id = :accountId")
			.param("accountId", accountId)
			.query(Credentials::map)
			.optional();
	}

	public Optional<Credential> findByEmail(String email) {
		return this.jdbc.sql("select * from credentials where lower(email) = lower(:email)")
			.param("email", email)
			.query(Credentials::map)
			.optional();
	}

	/**
	 * Gives a credential added in the current transaction another account id, before
	 * anything refers to it.
	 */
	public void changeAccountId(long from, long to) {
		this.jdbc.sql("update credentials set account_id = :to where account_id = :from")
			.param("from", from)
			.param("to", to)
			.update();
	}

	public void updatePasswordHash(long accountId, String passwordHash) {
		this.jdbc.sql("update credentials set password_hash = :passwordHash where account_id = :accountId")
			.param("accountId", accountId)
			.param("passwordHash", passwordHash)
			.update();
	}

	private static Credential map(ResultSet row, int rowNum) throws SQLException {
		return new Credential(row.getLong("account_id"), row.getString("username"), row.getString("email"),
				row.getString("password_hash"), row.getString("locale"),
				row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
