package social.murmur.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import redis.embedded.RedisServer;

/**
 * A real Redis server that keeps its data in the given folder with an append-only file,
 * so timelines and caches survive a restart. The binary is the machine's Redis 7 if there
 * is one, else the one bundled by embedded-redis ({@link RedisExecutable}).
 */
final class Redis implements AutoCloseable {

	private final RedisServer server;

	private final int port;

	private final String description;

	private Redis(RedisServer server, int port, String description) {
		this.server = server;
		this.port = port;
		this.description = description;
	}

	static Redis start(Path dataDirectory) {
		try {
			Files.createDirectories(dataDirectory);
			int port = Ports.free();
			RedisExecutable.Choice executable = RedisExecutable.choose();
			RedisServer server = RedisServer.newRedisServer()
				.executableProvider(executable.provider())
				.port(port)
				.bind("127.0.0.1")
				.setting("dir " + dataDirectory.toAbsolutePath())
				.setting("appendonly yes")
				.setting("appendfsync everysec")
				.setting("save \"\"")
				.setting("maxmemory-policy noeviction")
				// Home timelines hold up to 800 entries (801 while trimming); Redis keeps
				// a sorted set in its compact encoding (about 20 bytes an entry instead
				// of about 100) only up to this many entries. The Redis 6.2 name; Redis 7
				// reads it as zset-max-listpack-entries.
				.setting("zset-max-ziplist-entries 1024")
				// The launcher stops Redis itself, after the services that use it.
				.onShutdownForceStop(false)
				.build();
			server.start();
			return new Redis(server, port, executable.description());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Redis did not start", ex);
		}
	}

	int port() {
		return this.port;
	}

	/** Which binary runs, such as {@code Redis 7.0.15 at /usr/bin/redis-server}. */
	String description() {
		return this.description;
	}

	@Override
	public void close() throws IOException {
		this.server.stop();
	}

}
