package social.murmur.launcher;

/**
 * Where a Redis server listens, and which of its databases Murmur uses.
 *
 * @param host its host
 * @param port its port
 * @param database the database index
 */
public record RedisAddress(String host, int port, int database) {
}
