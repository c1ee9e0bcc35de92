package social.murmur.feed.timeline;

import java.util.List;

import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The Lua scripts that touch a timeline and its marker at once. Each script uses the keys
 * of one account only ({@link TimelineKeys#both(long)}), which share a Cluster slot, so
 * checking the marker and writing the set cannot interleave with another writer.
 */
final class TimelineScripts {

	/**
	 * KEYS: timeline, marker. ARGV: {@code asc} or {@code desc}, max score, min score,
	 * offset, count. Returns {@code absent} alone unless the timeline is built, else
	 * {@code built} followed by the ids.
	 */
	static final String READ_TEXT = """
			if redis.call('get', KEYS[2]) ~= 'built' then return {'absent'} end
			local ids
			if ARGV[1] == 'asc' then
			  ids = redis.call('zrangebyscore', KEYS[1], ARGV[3], ARGV[2], 'LIMIT', ARGV[4], ARGV[5])
			else
			  ids = redis.call('zrevrangebyscore', KEYS[1], ARGV[2], ARGV[3], 'LIMIT', ARGV[4], ARGV[5])
			end
			table.insert(ids, 1, 'built')
			return ids
			""";

	/**
	 * KEYS: timeline, marker. ARGV: capacity, then status ids. Adds the ids and trims to
	 * capacity only if the timeline exists (built or being built): writing into a missing
	 * one would make it look complete. Returns 1 if written.
	 */
	static final String ADD_IF_PRESENT_TEXT = """
			if redis.call('exists', KEYS[2]) == 0 then return 0 end
			for i = 2, #ARGV do redis.call('zadd', KEYS[1], ARGV[i], ARGV[i]) end
			redis.call('zremrangebyrank', KEYS[1], 0, -tonumber(ARGV[1]) - 1)
			return 1
			""";

	/**
	 * KEYS: timeline, marker. ARGV: capacity, then status ids. Adds the ids (to whatever
	 * fan-out wrote meanwhile), trims to capacity and marks the timeline built.
	 */
	static final String STORE_TEXT = """
			for i = 2, #ARGV do redis.call('zadd', KEYS[1], ARGV[i], ARGV[i]) end
			redis.call('zremrangebyrank', KEYS[1], 0, -tonumber(ARGV[1]) - 1)
			redis.call('set', KEYS[2], 'built')
			return 1
			""";

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final RedisScript<List<String>> READ = (RedisScript) new DefaultRedisScript<>(READ_TEXT, List.class);

	static final RedisScript<Long> ADD_IF_PRESENT = new DefaultRedisScript<>(ADD_IF_PRESENT_TEXT, Long.class);

	static final RedisScript<Long> STORE = new DefaultRedisScript<>(STORE_TEXT, Long.class);

	private TimelineScripts() {
	}

}
