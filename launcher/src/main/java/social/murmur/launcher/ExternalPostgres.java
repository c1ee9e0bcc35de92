package social.murmur.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * A PostgreSQL server that already runs, such as a managed database in production or the
 * one a developer machine has. The service databases are created on it if they are
 * missing.
 *
 * @param host its host
 * @param port its port
 * @param username a role that may create databases
 * @param password that role's password
 */
public record ExternalPostgres(String host, int port, String username, String password) implements Databases {

	@Override
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	void createMissing(List<String> databases) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), this.username, this.password)) {
			Databases.createMissing(connection, databases);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the service databases on " + this.host + ":" + this.port,
					ex);
		}
	}

	/**
	 * Drops the given databases, closing their connections; for tests that clean up after
	 * themselves.
	 */
	public void drop(List<String> databases) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), this.username, this.password);
				var statement = connection.createStatement()) {
			for (String database : databases) {
				if (!NAME.matcher(database).matches()) {
					throw new IllegalArgumentException("Not a safe database name: " + database);
				}
				statement.execute("drop database if exists " + database + " with (force)");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not drop " + databases, ex);
		}
	}

}
