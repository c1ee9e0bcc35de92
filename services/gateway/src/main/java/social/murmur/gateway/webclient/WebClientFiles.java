package social.murmur.gateway.webclient;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Which file of the built app answers a path. The app is packaged by the {@code web}
 * module under {@code murmur-web/} on the classpath. Paths that belong to the server (the
 * API, OAuth, discovery documents, actuator, placeholder images) are never the app's, so
 * they keep their JSON answers, 404s included.
 */
final class WebClientFiles {

	static final String LOCATION = "murmur-web";

	static final String INDEX = "/index.html";

	/** Prefixes of paths that the services or the gateway itself answer. */
	static final List<String> SERVER_PATHS = List.of("/api", "/oauth", "/nodeinfo", "/.well-known", "/actuator",
			"/avatars", "/headers", "/system");

	/**
	 * What a file of the app may be called: plain segments, no dot segments, no encoded
	 * characters, so that a path can never reach outside {@code murmur-web/}.
	 */
	private static final Pattern FILE = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");

	private WebClientFiles() {
	}

	static boolean isServerPath(String path) {
		return SERVER_PATHS.stream().anyMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/"));
	}

	/**
	 * A path that names a file (its last segment has an extension) rather than a page.
	 */
	static boolean looksLikeFile(String path) {
		String last = path.substring(path.lastIndexOf('/') + 1);
		return last.contains(".");
	}

	/** Hashed build output (Vite's {@code assets/name-hash.ext}) never changes. */
	static boolean isHashedAsset(String path) {
		return path.startsWith("/assets/");
	}

	static Optional<Resource> file(String path) {
		if (!FILE.matcher(path).matches() || !looksLikeFile(path) || path.contains("..")) {
			return Optional.empty();
		}
		Resource resource = new ClassPathResource(LOCATION + path);
		return resource.isReadable() ? Optional.of(resource) : Optional.empty();
	}

	static Optional<Resource> index() {
		return file(INDEX);
	}

}
