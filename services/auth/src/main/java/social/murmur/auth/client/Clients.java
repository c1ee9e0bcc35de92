package social.murmur.auth.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import social.murmur.auth.scope.ScopeSet;

/** The registered OAuth applications. */
@Repository
public class Clients {

	/**
	 * What our client ids look like; anything else cannot be one, and is not even sent to
	 * the database (where a NUL character would be an error rather than a miss).
	 */
	private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

	private final JdbcClient jdbc;

	public Clients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Client client) {
		this.jdbc
			.sql("""
					insert into applications (id, name, website, redirect_uris, scopes, client_id, client_secret_digest, created_at)
					values (:id, :name, :website, :redirectUris, :scopes, :clientId, :secretDigest, :createdAt)
					""")
			.param("id", client.id())
			.param("name", client.name())
			.param("website", client.website())
			.param("redirectUris", String.join("\n", client.redirectUris()))
			.param("scopes", client.scopes().asString())
			.param("clientId", client.clientId())
			.param("secretDigest", client.secretDigest())
			.param("createdAt", OffsetDateTime.ofInstant(client.createdAt(), ZoneOffset.UTC))
			.update();
	}

	public Optional<Client> findById(long id) {
		return this.jdbc.sql("select * from applications where id = :id").param("id", id).query(this::map).optional();
	}

	public Optional<Client> findByClientId(@Nullable String clientId) {
		if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
			return Optional.empty();
		}
		return this.jdbc.sql("select * from applications where client_id = :clientId")
			.param("clientId", clientId)
			.query(this::map)
			.optional();
	}

	private Client map(ResultSet row, int rowNum) throws SQLException {
		return new Client(row.getLong("id"), row.getString("name"), row.getString("website"),
				Arrays.asList(row.getString("redirect_uris").split("\n")), ScopeSet.parse(row.getString("scopes")),
				row.getString("client_id"), row.getBytes("client_secret_digest"),
				row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
