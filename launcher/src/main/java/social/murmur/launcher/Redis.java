package social.murmur.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import redis.embedded.RedisServer;

/**
 * A real Redis server (the binary bundled by embedded-redis) that keeps its data in the
 * given folder with an append-only file, so timelines and caches survive a restart.
 */
final class Redis implements AutoCloseable {

	private final RedisServer server;

	private final int port;

	private Redis(RedisServer server, int port) {
		this.server = server;
		this.port = port;
	}

	static Redis start(Path dataDirectory) {
		try {
			Files.createDirectories(dataDirectory);
			int port = Ports.free();
			RedisServer server = RedisServer.newRedisServer()
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
			return new Redis(server, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Redis did not start", ex);
		}
	}

	int port() {
		return this.port;
	}

	@Override
	public void close() throws IOException {
		this.server.stop();
	}

}
