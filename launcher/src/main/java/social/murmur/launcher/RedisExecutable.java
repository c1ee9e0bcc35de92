package social.murmur.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import redis.embedded.core.ExecutableProvider;

/**
 * Which {@code redis-server} binary the embedded Redis runs.
 * <p>
 * embedded-redis bundles Redis 6.2, which is enough to run Murmur on any machine with a
 * JDK. Redis 7 keeps small sorted sets as listpacks instead of ziplists. Adding an id to
 * a full 800-entry home timeline then costs about a quarter as much: 100,000 {@code ZADD}
 * + {@code ZREMRANGEBYRANK} pairs into 500 full timelines took 13.5 s on the bundled 6.2
 * and 3.3 s on Debian's 7.0 on the same machine (ADR 0004, "Consequences"). Fan-out on
 * write is mostly that command. So a {@code redis-server} of version 7 or later found on
 * the {@code PATH} is preferred. It runs as the launcher's own process, on a free port
 * with its own data folder, never as the machine's Redis service.
 * <p>
 * {@code MURMUR_REDIS_SERVER} overrides the choice: a path to a {@code redis-server}, or
 * {@code bundled} for the embedded 6.2.
 */
final class RedisExecutable {

	static final String ENVIRONMENT_VARIABLE = "MURMUR_REDIS_SERVER";

	private static final Pattern VERSION = Pattern.compile("v=(\\d+)\\.(\\d+)\\.(\\d+)");

	private RedisExecutable() {
	}

	/** The binary to run, and why, for the launcher's progress output. */
	record Choice(ExecutableProvider provider, String description) {
	}

	static Choice choose() {
		String configured = System.getenv(ENVIRONMENT_VARIABLE);
		if (configured != null && !configured.isBlank()) {
			if (configured.equals("bundled")) {
				return bundled();
			}
			File file = new File(configured);
			if (!file.canExecute()) {
				throw new IllegalStateException(ENVIRONMENT_VARIABLE + "=" + configured + " is not an executable file");
			}
			return new Choice(() -> file, describe(file.toPath()) + " (" + ENVIRONMENT_VARIABLE + ")");
		}
		Path onPath = findOnPath("redis-server");
		if (onPath != null) {
			String version = version(onPath);
			if (version != null && majorVersion(version) >= 7) {
				File file = onPath.toFile();
				return new Choice(() -> file, "Redis " + version + " at " + onPath);
			}
		}
		return bundled();
	}

	private static Choice bundled() {
		return new Choice(ExecutableProvider.newJarResourceProvider(), "Redis 6.2 bundled with embedded-redis");
	}

	private static String describe(Path binary) {
		String version = version(binary);
		return "Redis " + ((version != null) ? version : "of unknown version") + " at " + binary;
	}

	static int majorVersion(String version) {
		return Integer.parseInt(version.substring(0, version.indexOf('.')));
	}

	/** The version a {@code redis-server --version} prints, such as {@code 7.0.15}. */
	static @Nullable String parseVersion(String output) {
		Matcher matcher = VERSION.matcher(output);
		return matcher.find() ? matcher.group(1) + "." + matcher.group(2) + "." + matcher.group(3) : null;
	}

	private static @Nullable String version(Path binary) {
		try {
			Process process = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return null;
			}
			return parseVersion(new String(output, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static @Nullable Path findOnPath(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String directory : path.split(File.pathSeparator)) {
			if (directory.isEmpty()) {
				continue;
			}
			Path candidate = Path.of(directory, name);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}
