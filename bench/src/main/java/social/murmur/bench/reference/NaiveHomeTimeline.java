package social.murmur.bench.reference;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The home timeline as a typical implementation computes it: one SQL query over follows
 * and statuses at every read, served as JSON over HTTP. It answers
 * {@code GET /home?account_id=...&limit=20} on 127.0.0.1 without a token and without a
 * gateway in front, which favours it against Murmur's reads.
 */
public final class NaiveHomeTimeline implements AutoCloseable {

	static final String QUERY = """
			select s.id, s.account_id, a.username, a.display_name, s.content, s.spoiler_text, s.sensitive,
			       s.visibility, s.language, s.in_reply_to_id, s.in_reply_to_account_id, s.created_at
			from statuses s join accounts a on a.id = s.account_id
			where s.account_id in (select followee_id from follows where follower_id = ? union all select ?)
			  and s.deleted_at is null
			order by s.id desc
			limit ?""";

	/** As many connections as a service's default pool (HikariCP's default of 10). */
	private static final int POOL_SIZE = 10;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static {
		// The JDK's server writes a response's headers and body separately and by default
		// leaves Nagle's algorithm on, so the body waits for the client's delayed ACK:
		// 40 ms per request with a client that does not ACK at once (Apache HttpClient).
		// Read once, when the server's configuration is first loaded.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private final HikariDataSource dataSource;

	private final HttpServer server;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private NaiveHomeTimeline(HikariDataSource dataSource, HttpServer server) {
		this.dataSource = dataSource;
		this.server = server;
	}

	public static NaiveHomeTimeline start(String jdbcUrl, String username, String password) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(jdbcUrl);
		config.setUsername(username);
		config.setPassword(password);
		config.setMaximumPoolSize(POOL_SIZE);
		config.setPoolName("naive-home");
		HikariDataSource dataSource = new HikariDataSource(config);
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
			NaiveHomeTimeline naive = new NaiveHomeTimeline(dataSource, server);
			server.createContext("/home", naive::serve);
			server.setExecutor(naive.executor);
			server.start();
			return naive;
		}
		catch (IOException ex) {
			dataSource.close();
			throw new UncheckedIOException(ex);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
			byte[] body;
			int status;
			try {
				long accountId = Long.parseLong(query.getOrDefault("account_id", ""));
				int limit = Math.min(40, Integer.parseInt(query.getOrDefault("limit", "20")));
				body = JSON.writeValueAsBytes(read(accountId, limit));
				status = 200;
			}
			catch (NumberFormatException ex) {
				body = "{\"error\":\"account_id and limit must be numbers\"}".getBytes();
				status = 400;
			}
			catch (SQLException ex) {
				body = "{\"error\":\"database\"}".getBytes();
				status = 503;
			}
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	private List<Map<String, Object>> read(long accountId, int limit) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(QUERY)) {
			statement.setLong(1, accountId);
			statement.setLong(2, accountId);
			statement.setInt(3, limit);
			try (ResultSet rows = statement.executeQuery()) {
				List<Map<String, Object>> statuses = new ArrayList<>(limit);
				while (rows.next()) {
					statuses.add(status(rows));
				}
				return statuses;
			}
		}
	}

	/**
	 * About the shape of a Mastodon status, so that rendering costs what it costs there.
	 */
	private static Map<String, Object> status(ResultSet row) throws SQLException {
		Map<String, Object> account = new LinkedHashMap<>();
		account.put("id", Long.toString(row.getLong("account_id")));
		account.put("username", row.getString("username"));
		account.put("acct", row.getString("username"));
		account.put("display_name", row.getString("display_name"));
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("id", Long.toString(row.getLong("id")));
		status.put("created_at", row.getTimestamp("created_at").toInstant().toString());
		long inReplyTo = row.getLong("in_reply_to_id");
		status.put("in_reply_to_id", row.wasNull() ? null : Long.toString(inReplyTo));
		long inReplyToAccount = row.getLong("in_reply_to_account_id");
		status.put("in_reply_to_account_id", row.wasNull() ? null : Long.toString(inReplyToAccount));
		status.put("sensitive", row.getBoolean("sensitive"));
		status.put("spoiler_text", row.getString("spoiler_text"));
		status.put("visibility", row.getString("visibility"));
		status.put("language", row.getString("language"));
		status.put("content", row.getString("content"));
		status.put("account", account);
		return status;
	}

	private static Map<String, String> parameters(String rawQuery) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (rawQuery != null) {
			for (String pair : rawQuery.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
				}
			}
		}
		return parameters;
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.close();
		this.dataSource.close();
	}

}
