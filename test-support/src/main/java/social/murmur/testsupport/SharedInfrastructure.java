package social.murmur.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * The PostgreSQL, Redis and Kafka servers of this test JVM. Each starts on first use, on
 * a free port, and stops when the JVM exits. Never the machine's own servers: tests must
 * not depend on them or disturb them.
 */
public final class SharedInfrastructure {

	private static final AtomicInteger databases = new AtomicInteger();

	private SharedInfrastructure() {
	}

	/** A new, empty database on the shared PostgreSQL server; returns its JDBC URL. */
	public static String newDatabase() {
		String name = "murmur_test_" + databases.incrementAndGet();
		try (Connection connection = Postgres.SERVER.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		return Postgres.SERVER.getJdbcUrl("postgres", name);
	}

	public static EmbeddedPostgres postgres() {
		return Postgres.SERVER;
	}

	public static int redisPort() {
		return Redis.PORT;
	}

	public static String kafkaBootstrapServers() {
		return Kafka.BROKER.getBrokersAsString();
	}

	/** Stops the shared Redis server, to test what a service does without it. */
	public static void stopRedis() {
		try {
			Redis.SERVER.stop();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts the shared Redis server again, on the same port, after {@link #stopRedis()}.
	 */
	public static void startRedis() {
		try {
			Redis.SERVER.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Postgres {

		static final EmbeddedPostgres SERVER = start();

		private static EmbeddedPostgres start() {
			try {
				return EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
			}
		}

	}

	private static final class Redis {

		static final int PORT = freePort();

		static final RedisServer SERVER = start();

		/**
		 * The bundled Redis 6.2 unless
		 * {@code -Dmurmur.test.redis-server=/path/to/redis-server} names another binary:
		 * measurements such as feed's {@code FanOutLagIT} compare Redis versions that
		 * way. Tests never depend on the machine's Redis.
		 */
		private static RedisServer start() {
			try {
				String binary = System.getProperty("murmur.test.redis-server", "");
				RedisServer server = RedisServer.newRedisServer()
					.executableProvider(
							binary.isBlank() ? ExecutableProvider.newJarResourceProvider() : () -> new File(binary))
					.port(PORT)
					.bind("127.0.0.1")
					.setting("save \"\"")
					.setting("appendonly no")
					.build();
				server.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						server.stop();
					}
					catch (IOException ex) {
						// the JVM is going away; the process dies with it
					}
				}));
				return server;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded Redis", ex);
			}
		}

	}

	private static final class Kafka {

		static final EmbeddedKafkaKraftBroker BROKER = start();

		private static EmbeddedKafkaKraftBroker start() {
			EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
			broker.brokerProperty("auto.create.topics.enable", "true");
			broker.afterPropertiesSet();
			Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
			return broker;
		}

	}

}
