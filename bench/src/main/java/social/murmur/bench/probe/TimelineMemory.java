package social.murmur.bench.probe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import social.murmur.bench.api.Member;

/**
 * Redis memory per timeline entry: {@code MEMORY USAGE} (exact, {@code SAMPLES 0}) of the
 * fullest timelines over the entries they hold. Full timelines, because a small sorted
 * set is stored compactly and a large one is not: the large ones are what a real service
 * holds.
 */
public final class TimelineMemory {

	private final RedisTimelines redis;

	public TimelineMemory(RedisTimelines redis) {
		this.redis = redis;
	}

	/**
	 * @param members every account
	 * @param sampleSize how many of the fullest timelines to measure
	 */
	public Result measure(List<Member> members, int sampleSize) {
		List<String> keys = members.stream().map((member) -> this.redis.key(member.id())).toList();
		List<Long> entries = new ArrayList<>();
		for (int from = 0; from < keys.size(); from += 1000) {
			entries.addAll(this.redis.entries(keys.subList(from, Math.min(keys.size(), from + 1000))));
		}
		List<Integer> fullest = IntStream.range(0, keys.size())
			.filter((i) -> entries.get(i) != null && entries.get(i) > 0)
			.boxed()
			.sorted(Comparator.comparing((Integer i) -> entries.get(i)).reversed())
			.limit(sampleSize)
			.toList();
		if (fullest.isEmpty()) {
			throw new IllegalStateException("No home timeline found in Redis under " + this.redis.key("<id>"));
		}
		long bytes = 0;
		long held = 0;
		for (int i : fullest) {
			bytes += this.redis.memoryUsage(keys.get(i));
			held += entries.get(i);
		}
		String type = this.redis.types(List.of(keys.get(fullest.get(0)))).get(0);
		return new Result((double) bytes / held, fullest.size(), (double) held / fullest.size(), type,
				this.redis.serverVersion());
	}

	/**
	 * @param bytesPerEntry memory over entries
	 * @param timelines how many timelines were measured
	 * @param meanEntries their mean number of entries
	 * @param type their Redis type
	 * @param redisVersion the server's version: Redis 7 stores a small sorted set as a
	 * listpack, 6.2 as a ziplist
	 */
	public record Result(double bytesPerEntry, int timelines, double meanEntries, String type, String redisVersion) {
	}

}
