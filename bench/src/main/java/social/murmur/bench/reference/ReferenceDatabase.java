package social.murmur.bench.reference;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * One database holding what a monolith would: accounts and follows (owned by users) and
 * statuses (owned by posts), copied from the service databases on the same PostgreSQL
 * server, with the indexes such an application would have. The services never see it.
 */
public final class ReferenceDatabase {

	public static final String NAME = "bench_reference";

	private static final String SCHEMA = """
			create table accounts (id bigint primary key, username text not null, display_name text not null);
			create table follows (follower_id bigint not null, followee_id bigint not null,
			    primary key (follower_id, followee_id));
			create table statuses (id bigint primary key, account_id bigint not null, text text not null,
			    content text not null, spoiler_text text not null, sensitive boolean not null,
			    visibility text not null, language text, in_reply_to_id bigint, in_reply_to_account_id bigint,
			    created_at timestamptz not null, deleted_at timestamptz);
			""";

	private static final String INDEXES = """
			create index statuses_by_account on statuses (account_id, id desc) where deleted_at is null;
			analyze accounts;
			analyze follows;
			analyze statuses;
			""";

	private ReferenceDatabase() {
	}

	/**
	 * Creates the reference database (dropping an older one) and fills it.
	 * @param server connects to a database of the server by name
	 * @return how many follows and statuses were copied
	 */
	public static long[] create(Server server) {
		try (Connection admin = server.connect("postgres"); Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + NAME + " with (force)");
			statement.execute("create database " + NAME);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the reference database", ex);
		}
		try (Connection reference = server.connect(NAME);
				Connection users = server.connect(server.usersDatabase());
				Connection posts = server.connect(server.postsDatabase())) {
			try (Statement statement = reference.createStatement()) {
				statement.execute(SCHEMA);
			}
			copy(users, "select id, username, display_name from accounts", reference, "accounts");
			long follows = copy(users, "select follower_id, followee_id from follows", reference, "follows");
			long statuses = copy(posts,
					"select id, account_id, text, content, spoiler_text, sensitive, visibility, language,"
							+ " in_reply_to_id, in_reply_to_account_id, created_at, deleted_at from statuses",
					reference, "statuses");
			try (Statement statement = reference.createStatement()) {
				statement.execute(INDEXES);
			}
			return new long[] { follows, statuses };
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not fill the reference database", ex);
		}
	}

	/** The query plan PostgreSQL picks for the naive home timeline of one account. */
	public static List<String> plan(Server server, long accountId) {
		try (Connection connection = server.connect(NAME);
				var statement = connection.prepareStatement("explain " + NaiveHomeTimeline.QUERY)) {
			statement.setLong(1, accountId);
			statement.setLong(2, accountId);
			statement.setInt(3, 20);
			try (ResultSet rows = statement.executeQuery()) {
				List<String> lines = new java.util.ArrayList<>();
				while (rows.next()) {
					lines.add(rows.getString(1));
				}
				return lines;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not explain the naive query", ex);
		}
	}

	private static long copy(Connection from, String query, Connection to, String table) throws SQLException {
		CopyManager source = from.unwrap(PGConnection.class).getCopyAPI();
		CopyManager target = to.unwrap(PGConnection.class).getCopyAPI();
		try {
			ByteArrayOutputStream rows = new ByteArrayOutputStream();
			source.copyOut("copy (" + query + ") to stdout with (format binary)", rows);
			return target.copyIn("copy " + table + " from stdin with (format binary)",
					new ByteArrayInputStream(rows.toByteArray()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where the PostgreSQL server of the cluster is. */
	public interface Server {

		Connection connect(String database) throws SQLException;

		String usersDatabase();

		String postsDatabase();

		static Server of(java.util.function.Function<String, String> jdbcUrl, String username, String password,
				String usersDatabase, String postsDatabase) {
			return new Server() {

				@Override
				public Connection connect(String database) throws SQLException {
					return DriverManager.getConnection(jdbcUrl.apply(database), username, password);
				}

				@Override
				public String usersDatabase() {
					return usersDatabase;
				}

				@Override
				public String postsDatabase() {
					return postsDatabase;
				}

			};
		}

	}

}
