package social.murmur.feed.redis;

import org.springframework.data.redis.connection.RedisConnection;

/**
 * A pipelined connection to Redis that several stores add their commands to, sent
 * together when {@link Pipelines#run} returns: Redis runs them in the order they were
 * added.
 */
public final class Pipeline {

	private final RedisConnection connection;

	Pipeline(RedisConnection connection) {
		this.connection = connection;
	}

	/** The connection, for a store to add its commands to; their answers are not read. */
	public RedisConnection connection() {
		return this.connection;
	}

}
