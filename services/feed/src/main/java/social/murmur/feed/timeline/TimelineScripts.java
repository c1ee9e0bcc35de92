package social.murmur.feed.timeline;

import java.util.List;

import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The Lua scripts that touch a timeline and its marker at once. Each script uses the keys
 * of one account only ({@link TimelineKeys}), which share a Cluster slot, so checking the
 * marker and writing the set cannot interleave with another writer.
 * <p>
 * Writes add one status at a time and trim right away, so a sorted set never holds more
 * than the capacity plus one: Redis keeps it in its compact encoding only up to
 * {@code zset-max-ziplist-entries} and does not convert it back once it grew beyond.
 */
final class TimelineScripts {

	/**
	 * KEYS: timeline, marker, celebrities. ARGV: {@code asc} or {@code desc}, max score,
	 * min score, offset, count, time to live (ms), refresh below (ms). Returns
	 * {@code absent} alone unless the timeline is built, else {@code built}, the cached
	 * celebrities ({@code -} when not cached), then the ids. A read keeps the timeline
	 * alive: its time to live is renewed when less than "refresh below" is left (not on
	 * every read, to spare the append-only file).
	 */
	static final String READ_TEXT = """
			if redis.call('get', KEYS[2]) ~= 'built' then return {'absent'} end
			if redis.call('pttl', KEYS[2]) < tonumber(ARGV[7]) then
			  redis.call('pexpire', KEYS[2], ARGV[6])
			  redis.call('pexpire', KEYS[1], ARGV[6])
			end
			local ids
			if ARGV[1] == 'asc' then
			  ids = redis.call('zrangebyscore', KEYS[1], ARGV[3], ARGV[2], 'LIMIT', ARGV[4], ARGV[5])
			else
			  ids = redis.call('zrevrangebyscore', KEYS[1], ARGV[2], ARGV[3], 'LIMIT', ARGV[4], ARGV[5])
			end
			table.insert(ids, 1, redis.call('get', KEYS[3]) or '-')
			table.insert(ids, 1, 'built')
			return ids
			""";

	/**
	 * KEYS: timeline, marker. ARGV: capacity, then pairs of score and status id. Adds the
	 * ids and trims to capacity only if the timeline exists (built or being built):
	 * writing into a missing one would make it look complete, and an expired one belongs
	 * to an inactive account. The set expires with its marker. Returns 1 if written.
	 */
	static final String ADD_IF_PRESENT_TEXT = """
			if redis.call('exists', KEYS[2]) == 0 then return 0 end
			local keep = -tonumber(ARGV[1]) - 1
			for i = 2, #ARGV, 2 do
			  redis.call('zadd', KEYS[1], ARGV[i], ARGV[i + 1])
			  redis.call('zremrangebyrank', KEYS[1], 0, keep)
			end
			if redis.call('pttl', KEYS[1]) == -1 then
			  local ttl = redis.call('pttl', KEYS[2])
			  if ttl > 0 then redis.call('pexpire', KEYS[1], ttl) end
			end
			return 1
			""";

	/**
	 * KEYS: timeline, marker. ARGV: capacity, time to live (ms), then pairs of score and
	 * status id. Adds the ids (to whatever fan-out wrote meanwhile), trims to capacity,
	 * marks the timeline built and starts its time to live.
	 */
	static final String STORE_TEXT = """
			local keep = -tonumber(ARGV[1]) - 1
			for i = 3, #ARGV, 2 do
			  redis.call('zadd', KEYS[1], ARGV[i], ARGV[i + 1])
			  redis.call('zremrangebyrank', KEYS[1], 0, keep)
			end
			redis.call('set', KEYS[2], 'built', 'PX', ARGV[2])
			redis.call('pexpire', KEYS[1], ARGV[2])
			return 1
			""";

	/**
	 * KEYS: timeline, marker. ARGV: build timeout (ms). Unless the timeline exists, drops
	 * whatever is left of an expired one and marks it as being built. Returns 1 if
	 * marked.
	 */
	static final String BEGIN_BUILD_TEXT = """
			if redis.call('exists', KEYS[2]) == 1 then return 0 end
			redis.call('del', KEYS[1])
			redis.call('set', KEYS[2], 'building', 'PX', ARGV[1])
			return 1
			""";

	/**
	 * KEYS: cached celebrities of one account. ARGV: a celebrity's id. Adds the id to the
	 * comma-separated list if the list is cached and does not hold it yet, keeping its
	 * time to live; a list that is not cached stays so (it is asked for when next read).
	 * Returns 1 if added.
	 */
	static final String ADD_CELEBRITY_TEXT = """
			local ids = redis.call('get', KEYS[1])
			if not ids then return 0 end
			if ids == '' then
			  redis.call('set', KEYS[1], ARGV[1], 'KEEPTTL')
			  return 1
			end
			for id in string.gmatch(ids, '[^,]+') do
			  if id == ARGV[1] then return 0 end
			end
			redis.call('set', KEYS[1], ids .. ',' .. ARGV[1], 'KEEPTTL')
			return 1
			""";

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final RedisScript<List<String>> READ = (RedisScript) new DefaultRedisScript<>(READ_TEXT, List.class);

	static final RedisScript<Long> ADD_IF_PRESENT = new DefaultRedisScript<>(ADD_IF_PRESENT_TEXT, Long.class);

	static final RedisScript<Long> STORE = new DefaultRedisScript<>(STORE_TEXT, Long.class);

	static final RedisScript<Long> BEGIN_BUILD = new DefaultRedisScript<>(BEGIN_BUILD_TEXT, Long.class);

	static final RedisScript<Long> ADD_CELEBRITY = new DefaultRedisScript<>(ADD_CELEBRITY_TEXT, Long.class);

	private TimelineScripts() {
	}

}
