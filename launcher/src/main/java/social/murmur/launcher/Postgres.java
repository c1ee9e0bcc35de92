package social.murmur.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (binaries from Maven Central) whose data lives in the given
 * folder and survives restarts. Creates one database per service on first start.
 */
final class Postgres implements AutoCloseable {

	private final EmbeddedPostgres server;

	private Postgres(EmbeddedPostgres server) {
		this.server = server;
	}

	static Postgres start(Path dataDirectory, List<String> databases) {
		try {
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(Ports.free())
				.setServerConfig("max_connections", "200")
				.setServerConfig("fsync", "on")
				.start();
			Postgres postgres = new Postgres(server);
			postgres.createMissing(databases);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL did not start", ex);
		}
	}

	int port() {
		return this.server.getPort();
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
	}

	private void createMissing(List<String> databases) {
		try (Connection connection = this.server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			for (String database : databases) {
				try (ResultSet exists = statement
					.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
					if (exists.next()) {
						continue;
					}
				}
				statement.execute("create database " + database);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the service databases", ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
