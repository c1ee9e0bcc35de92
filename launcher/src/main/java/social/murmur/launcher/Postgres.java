package social.murmur.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (binaries from Maven Central) whose data lives in the given
 * folder and survives restarts. Creates one database per service on first start.
 */
final class Postgres implements Databases, AutoCloseable {

	private final EmbeddedPostgres server;

	private final Path dataDirectory;

	private Postgres(EmbeddedPostgres server, Path dataDirectory) {
		this.server = server;
		this.dataDirectory = dataDirectory;
	}

	static Postgres start(Path dataDirectory, List<String> databases) {
		try {
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				// The launcher stops PostgreSQL itself, after the services that use it.
				.setRegisterShutdownHook(false)
				.setPort(Ports.free())
				.setServerConfig("max_connections", "200")
				.setServerConfig("fsync", "on")
				.start();
			Postgres postgres = new Postgres(server, dataDirectory);
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

	@Override
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
	}

	/** The server's main process, read from its pid file. */
	Optional<ProcessHandle> postmaster() {
		try {
			List<String> pidFile = Files.readAllLines(this.dataDirectory.resolve("postmaster.pid"));
			return pidFile.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pidFile.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String username() {
		return "postgres";
	}

	@Override
	public String password() {
		return "";
	}

	private void createMissing(List<String> databases) {
		try (Connection connection = this.server.getPostgresDatabase().getConnection()) {
			Databases.createMissing(connection, databases);
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
