package social.murmur.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The whole of Murmur on one machine: embedded PostgreSQL, Redis and Kafka, and each
 * service as its own process, wired together through the same environment variables
 * production uses. Used by {@code ./murmur up} and by the system tests.
 */
public final class MurmurCluster implements AutoCloseable {

	/** The services, in the order they are listed; they start together. */
	public static final List<String> SERVICES = List.of("auth", "users", "posts", "feed", "notifications",
			"interactions", "media", "gateway");

	private static final List<String> WITH_DATABASE = List.of("auth", "users", "posts", "notifications", "interactions",
			"media");

	private static final List<String> WITH_GRPC_SERVER = List.of("auth", "users", "posts", "interactions", "media");

	private final Options options;

	private final Consumer<String> progress;

	private final List<AutoCloseable> infrastructure = new CopyOnWriteArrayList<>();

	private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

	private @Nullable Databases databases;

	private @Nullable RedisAddress redisAddress;

	private @Nullable String kafkaBootstrapServers;

	private MurmurCluster(Options options, Consumer<String> progress) {
		this.options = options;
		this.progress = progress;
	}

	/**
	 * Starts everything and returns once every service is ready.
	 * @param options where the jars and the data are, and the gateway port
	 * @param progress receives one line per step, for a console
	 */
	public static MurmurCluster start(Options options, Consumer<String> progress) {
		MurmurCluster cluster = new MurmurCluster(options, progress);
		try {
			cluster.startAll();
			return cluster;
		}
		catch (RuntimeException ex) {
			cluster.close();
			throw ex;
		}
	}

	private void startAll() {
		Path data = this.options.dataDirectory();
		Path logs = data.resolve("logs");
		for (String service : SERVICES) {
			Path jar = jar(service);
			if (!Files.isRegularFile(jar)) {
				throw new IllegalStateException("Missing " + jar + ": build first (./mvnw -DskipTests package)");
			}
		}
		this.progress.accept("Starting PostgreSQL, Redis and Kafka (data in " + data.toAbsolutePath() + ")");
		List<String> databases = WITH_DATABASE.stream().map((name) -> databaseName(name)).toList();
		ExternalPostgres external = this.options.externalPostgres();
		ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
		CompletableFuture<Databases> postgresStart = CompletableFuture.supplyAsync(() -> {
			if (external != null) {
				external.createMissing(databases);
				return external;
			}
			Postgres postgres = Postgres.start(data.resolve("postgres"), databases);
			this.infrastructure.add(postgres);
			return postgres;
		}, background);
		String externalKafka = this.options.externalKafka();
		CompletableFuture<String> kafkaStart = CompletableFuture.supplyAsync(() -> {
			if (externalKafka != null) {
				return externalKafka;
			}
			KafkaBroker broker = KafkaBroker.start(data.resolve("kafka"), logs.resolve("kafka.log"));
			this.infrastructure.add(broker);
			return broker.bootstrapServers();
		}, background);
		RedisAddress redis = this.options.externalRedis();
		if (redis == null) {
			Redis embedded = Redis.start(data.resolve("redis"));
			this.infrastructure.add(embedded);
			this.progress.accept("Redis: " + embedded.description());
			redis = new RedisAddress("127.0.0.1", embedded.port(), 0);
		}
		Databases postgres = join(postgresStart);
		String kafka = join(kafkaStart);
		background.close();
		this.databases = postgres;
		this.redisAddress = redis;
		this.kafkaBootstrapServers = kafka;

		Map<String, Integer> httpPorts = new HashMap<>();
		Map<String, Integer> grpcPorts = new HashMap<>();
		for (String service : SERVICES) {
			httpPorts.put(service, service.equals("gateway") ? this.options.gatewayPort() : Ports.free());
			grpcPorts.put(service, Ports.free());
		}
		String secret = identitySecret(data);
		String publicUrl = (this.options.publicUrl() != null) ? this.options.publicUrl()
				: "http://localhost:" + this.options.gatewayPort();
		int worker = 0;
		for (String service : SERVICES) {
			Map<String, String> environment = new HashMap<>();
			environment.put("SERVER_PORT", Integer.toString(httpPorts.get(service)));
			environment.put("SPRING_GRPC_SERVER_PORT", Integer.toString(grpcPorts.get(service)));
			environment.put("SPRING_GRPC_SERVER_ENABLED", Boolean.toString(WITH_GRPC_SERVER.contains(service)));
			if (WITH_DATABASE.contains(service)) {
				environment.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(databaseName(service)));
				environment.put("SPRING_DATASOURCE_USERNAME", postgres.username());
				environment.put("SPRING_DATASOURCE_PASSWORD", postgres.password());
			}
			environment.put("SPRING_DATA_REDIS_HOST", redis.host());
			environment.put("SPRING_DATA_REDIS_PORT", Integer.toString(redis.port()));
			environment.put("SPRING_DATA_REDIS_DATABASE", Integer.toString(redis.database()));
			environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka);
			for (String target : WITH_GRPC_SERVER) {
				environment.put("SPRING_GRPC_CLIENT_CHANNELS_" + target.toUpperCase(Locale.ROOT) + "_ADDRESS",
						"static://127.0.0.1:" + grpcPorts.get(target));
			}
			for (String target : SERVICES) {
				environment.put("MURMUR_GATEWAY_SERVICES_" + target.toUpperCase(Locale.ROOT),
						"http://127.0.0.1:" + httpPorts.get(target));
			}
			environment.put("MURMUR_IDENTITY_SECRET", secret);
			environment.put("MURMUR_PUBLIC_URL", publicUrl);
			environment.put("MURMUR_WORKER_ID", Integer.toString(worker++));
			environment.put("MURMUR_MEDIA_STORAGE_PATH", data.resolve("media").toAbsolutePath().toString());
			environment.putAll(this.options.environment());
			this.services.put(service, new ServiceProcess(service, jar(service), jvmOptions(), environment,
					httpPorts.get(service), logs.resolve(service + ".log"), this.progress));
		}
		this.progress.accept("Starting " + String.join(", ", SERVICES) + " (logs in " + logs.toAbsolutePath() + ")");
		this.services.values().forEach(ServiceProcess::start);
		try (ExecutorService waiting = Executors.newVirtualThreadPerTaskExecutor()) {
			this.services.values()
				.stream()
				.map((service) -> CompletableFuture.runAsync(() -> service.awaitReady(this.options.startTimeout()),
						waiting))
				.toList()
				.forEach(MurmurCluster::join);
		}
	}

	public String gatewayUrl() {
		return "http://localhost:" + this.options.gatewayPort();
	}

	/** The HTTP port a service listens on, to reach it without the gateway in tests. */
	public int httpPort(String service) {
		return service(service).httpPort();
	}

	/**
	 * The Redis server the services use, for tools that inspect what they store (the
	 * benchmark measures timelines there).
	 */
	public RedisAddress redisAddress() {
		return started(this.redisAddress);
	}

	/** The bootstrap servers of the Kafka cluster the services use. */
	public String kafkaBootstrapServers() {
		return started(this.kafkaBootstrapServers);
	}

	/**
	 * The JDBC URL of a database on the PostgreSQL server the services use; with the name
	 * of a service that has one, that service's database, with any other name another
	 * database on the same server (which must exist).
	 */
	public String jdbcUrl(String database) {
		Databases server = started(this.databases);
		return server.jdbcUrl(WITH_DATABASE.contains(database) ? databaseName(database) : database);
	}

	/** The role that owns the service databases (and may create more). */
	public String databaseUsername() {
		return started(this.databases).username();
	}

	/** The password of {@link #databaseUsername()}. */
	public String databasePassword() {
		return started(this.databases).password();
	}

	private static <T> T started(@Nullable T part) {
		if (part == null) {
			throw new IllegalStateException("The cluster has not started");
		}
		return part;
	}

	/** Stops one service (it is not restarted), to see how the rest copes without it. */
	public void stopService(String service) {
		service(service).stop();
	}

	/**
	 * Starts a service stopped with {@link #stopService} again and waits until it is
	 * ready.
	 */
	public void startService(String service) {
		ServiceProcess process = service(service);
		process.start();
		process.awaitReady(this.options.startTimeout());
	}

	/**
	 * The memory every process of the cluster uses together (services, Kafka, Redis,
	 * PostgreSQL and the JVM that started them), in kilobytes of proportional set size.
	 */
	public long memoryKilobytes() {
		long total = Memory.kilobytesWithDescendants(ProcessHandle.current());
		for (AutoCloseable part : this.infrastructure) {
			if (part instanceof Postgres postgres) {
				// PostgreSQL daemonizes: its processes are not our descendants.
				total += postgres.postmaster().map(Memory::kilobytesWithDescendants).orElse(0L);
			}
		}
		return total;
	}

	private String databaseName(String service) {
		return this.options.databasePrefix() + service;
	}

	private ServiceProcess service(String name) {
		ServiceProcess service = this.services.get(name);
		if (service == null) {
			throw new IllegalArgumentException("No service named " + name);
		}
		return service;
	}

	private Path jar(String service) {
		return this.options.repositoryRoot()
			.resolve("services")
			.resolve(service)
			.resolve("target")
			.resolve(service + "-exec.jar");
	}

	private List<String> jvmOptions() {
		String configured = this.options.javaOptions();
		return List.of(configured.trim().split("\\s+"));
	}

	private static String identitySecret(Path data) {
		Path file = data.resolve("identity.secret");
		try {
			if (Files.exists(file)) {
				return Files.readString(file).trim();
			}
			byte[] bytes = new byte[48];
			new SecureRandom().nextBytes(bytes);
			String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			Files.createDirectories(data);
			Files.writeString(file, secret);
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (java.util.concurrent.CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	/** Stops the services (in parallel, gracefully), then Kafka, Redis and PostgreSQL. */
	@Override
	public void close() {
		List<Thread> stopping = this.services.values()
			.stream()
			.map((service) -> Thread.ofVirtual().name("stop-" + service.name()).start(service::stop))
			.toList();
		for (Thread thread : stopping) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		for (int i = this.infrastructure.size() - 1; i >= 0; i--) {
			try {
				this.infrastructure.get(i).close();
			}
			catch (Exception ex) {
				this.progress.accept("Could not stop cleanly: " + ex.getMessage());
			}
		}
	}

	/**
	 * How to run the cluster.
	 *
	 * @param repositoryRoot the checkout, where
	 * {@code services/<name>/target/<name>-exec.jar} are
	 * @param dataDirectory where PostgreSQL, Redis, Kafka and the logs keep their files
	 * @param gatewayPort the port clients use
	 * @param publicUrl the address clients reach the gateway at, if not
	 * http://localhost:port
	 * @param environment extra environment for every service (overrides)
	 * @param javaOptions JVM options for every service
	 * @param startTimeout how long a service may take to become ready
	 * @param externalPostgres a PostgreSQL server to use instead of the embedded one
	 * @param externalRedis a Redis server to use instead of the embedded one
	 * @param externalKafka bootstrap servers of a Kafka cluster to use instead of the
	 * embedded broker
	 * @param databasePrefix prefix of the service databases' names ({@code murmur_} gives
	 * {@code murmur_auth}, ...)
	 */
	public record Options(Path repositoryRoot, Path dataDirectory, int gatewayPort, @Nullable String publicUrl,
			Map<String, String> environment, String javaOptions, Duration startTimeout,
			@Nullable ExternalPostgres externalPostgres, @Nullable RedisAddress externalRedis,
			@Nullable String externalKafka, String databasePrefix) {

		public static final String DEFAULT_JAVA_OPTIONS = "-Xms32m -Xmx256m -Xss512k -XX:+UseSerialGC "
				+ "-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m";

		public static Options of(Path repositoryRoot, Path dataDirectory, int gatewayPort) {
			return new Options(repositoryRoot, dataDirectory, gatewayPort, null, Map.of(), DEFAULT_JAVA_OPTIONS,
					Duration.ofMinutes(3), null, null, null, "murmur_");
		}

		/** Runs the services with other JVM options, e.g. tuned for measuring. */
		public Options withJavaOptions(String javaOptions) {
			return new Options(this.repositoryRoot, this.dataDirectory, this.gatewayPort, this.publicUrl,
					this.environment, javaOptions, this.startTimeout, this.externalPostgres, this.externalRedis,
					this.externalKafka, this.databasePrefix);
		}

		public Options withEnvironment(Map<String, String> environment) {
			return new Options(this.repositoryRoot, this.dataDirectory, this.gatewayPort, this.publicUrl, environment,
					this.javaOptions, this.startTimeout, this.externalPostgres, this.externalRedis, this.externalKafka,
					this.databasePrefix);
		}

		/**
		 * Uses servers that already run instead of embedded ones, as production does; a
		 * null one stays embedded.
		 */
		public Options withExternal(@Nullable ExternalPostgres postgres, @Nullable RedisAddress redis,
				@Nullable String kafka, String databasePrefix) {
			return new Options(this.repositoryRoot, this.dataDirectory, this.gatewayPort, this.publicUrl,
					this.environment, this.javaOptions, this.startTimeout, postgres, redis, kafka, databasePrefix);
		}

	}

}
