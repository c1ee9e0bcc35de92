package social.murmur.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./murmur up}: starts Murmur on this machine and keeps it running until Ctrl-C.
 *
 * <p>
 * Settings (environment): {@code MURMUR_PORT} (gateway port, default 8080),
 * {@code MURMUR_DATA} (data folder, default {@code ./data}), {@code MURMUR_PUBLIC_URL},
 * {@code MURMUR_JAVA_OPTS} (JVM options of each service).
 */
public final class Murmur {

	private Murmur() {
	}

	public static void main(String[] args) throws InterruptedException {
		String command = (args.length > 0) ? args[0] : "up";
		if (!command.equals("up")) {
			System.err.println("Usage: murmur up");
			System.exit(2);
		}
		Map<String, String> env = System.getenv();
		Path root = Path.of(env.getOrDefault("MURMUR_HOME", ".")).toAbsolutePath().normalize();
		ExternalPostgres postgres = (env.get("MURMUR_POSTGRES_HOST") != null) ? new ExternalPostgres(
				env.get("MURMUR_POSTGRES_HOST"), Integer.parseInt(env.getOrDefault("MURMUR_POSTGRES_PORT", "5432")),
				env.getOrDefault("MURMUR_POSTGRES_USER", "postgres"), env.getOrDefault("MURMUR_POSTGRES_PASSWORD", ""))
				: null;
		RedisAddress redis = (env.get("MURMUR_REDIS_HOST") != null) ? new RedisAddress(env.get("MURMUR_REDIS_HOST"),
				Integer.parseInt(env.getOrDefault("MURMUR_REDIS_PORT", "6379")),
				Integer.parseInt(env.getOrDefault("MURMUR_REDIS_DATABASE", "0"))) : null;
		MurmurCluster.Options options = new MurmurCluster.Options(root,
				Path.of(env.getOrDefault("MURMUR_DATA", root.resolve("data").toString())),
				Integer.parseInt(env.getOrDefault("MURMUR_PORT", "8080")), env.get("MURMUR_PUBLIC_URL"), Map.of(),
				env.getOrDefault("MURMUR_JAVA_OPTS", MurmurCluster.Options.DEFAULT_JAVA_OPTIONS), Duration.ofMinutes(3),
				postgres, redis, env.get("MURMUR_KAFKA_BOOTSTRAP_SERVERS"), "murmur_");
		if (!Ports.isFree(options.gatewayPort())) {
			System.err.println("Port " + options.gatewayPort() + " is taken. Set MURMUR_PORT to use another one.");
			System.exit(1);
		}
		long started = System.nanoTime();
		MurmurCluster cluster;
		try {
			cluster = MurmurCluster.start(options, (line) -> System.out.println("murmur: " + line));
		}
		catch (RuntimeException ex) {
			System.err.println("murmur: could not start: " + ex.getMessage());
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("murmur: stopping");
			cluster.close();
			System.out.println("murmur: stopped");
			stopped.countDown();
		}, "murmur-shutdown"));
		long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
		System.out.printf(
				"murmur: up in %.1f s; all its processes use %d MB of memory. Open %s (Ctrl-C stops everything)%n",
				millis / 1000.0, cluster.memoryKilobytes() / 1024, cluster.gatewayUrl());
		stopped.await();
	}

}
