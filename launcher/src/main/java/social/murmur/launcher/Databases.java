package social.murmur.launcher;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/** A PostgreSQL server the services keep their databases on. */
interface Databases {

	Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	String jdbcUrl(String database);

	String username();

	String password();

	/** Creates the databases that do not exist yet. */
	static void createMissing(Connection connection, List<String> databases) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String database : databases) {
				if (!NAME.matcher(database).matches()) {
					throw new IllegalArgumentException("Not a safe database name: " + database);
				}
				try (ResultSet exists = statement
					.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
					if (exists.next()) {
						continue;
					}
				}
				statement.execute("create database " + database);
			}
		}
	}

}
