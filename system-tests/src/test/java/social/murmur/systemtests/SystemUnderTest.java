package social.murmur.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import social.murmur.launcher.MurmurCluster;
import social.murmur.launcher.Ports;

/**
 * The whole system, started once per test JVM exactly as {@code ./murmur up} starts it
 * (every service its own process, embedded PostgreSQL, Redis and Kafka), on a free
 * gateway port and a fresh data folder. Shared by every system test class.
 */
final class SystemUnderTest {

	private SystemUnderTest() {
	}

	static MurmurCluster cluster() {
		return Holder.CLUSTER;
	}

	static String gatewayUrl() {
		return Holder.CLUSTER.gatewayUrl();
	}

	private static final class Holder {

		static final MurmurCluster CLUSTER = start();

		private static MurmurCluster start() {
			Path root = Path.of(System.getProperty("murmur.repository-root", "..")).toAbsolutePath().normalize();
			try {
				Path data = Files.createTempDirectory("murmur-system-test");
				// Generous limits: the tests sign up many accounts from one address in a
				// short time.
				Map<String, String> environment = Map.of("MURMUR_GATEWAY_RATELIMITS_SIGNUP_LIMIT", "1000",
						"MURMUR_GATEWAY_RATELIMITS_SIGNIN_LIMIT", "1000",
						"MURMUR_GATEWAY_RATELIMITS_AUTHENTICATED_LIMIT", "100000",
						"MURMUR_GATEWAY_RATELIMITS_ANONYMOUS_LIMIT", "100000");
				MurmurCluster cluster = MurmurCluster.start(
						MurmurCluster.Options.of(root, data, freePort()).withEnvironment(environment),
						(line) -> System.out.println("[system-under-test] " + line));
				Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
				return cluster;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static int freePort() {
			return Ports.free();
		}

	}

}
