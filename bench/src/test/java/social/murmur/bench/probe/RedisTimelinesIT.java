package social.murmur.bench.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.murmur.testsupport.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** The lag probe's wait, against a real Redis written to as fan-out writes. */
class RedisTimelinesIT {

	private static final int TIMELINES = 1_200;

	private final String prefix = "bench-it:" + UUID.randomUUID() + ":";

	private RedisClient client;

	private StatefulRedisConnection<String, String> connection;

	private RedisCommands<String, String> redis;

	private RedisTimelines timelines;

	@BeforeEach
	void connect() {
		this.client = RedisClient.create("redis://localhost:" + SharedInfrastructure.redisPort());
		this.connection = this.client.connect();
		this.redis = this.connection.sync();
		this.timelines = new RedisTimelines("localhost", SharedInfrastructure.redisPort(), 0, this.prefix + "%s");
	}

	@AfterEach
	void close() {
		this.timelines.close();
		this.connection.close();
		this.client.shutdown();
	}

	@Test
	void waitsUntilTheLastTimelineHoldsTheStatusWithoutLoadingRedisWhileItWaits() throws InterruptedException {
		List<String> keys = keys();
		keys.forEach((key) -> this.redis.zadd(key, 1, "older"));
		long zscoresBefore = zscoreCalls();
		AtomicLong lastPageStarted = new AtomicLong();
		// As fan-out writes: in key order, a page at a time, while the probe waits.
		Thread fanOut = Thread.ofVirtual().start(() -> {
			for (int page = 0; page < 6; page++) {
				Pauses.sleep(Duration.ofMillis(100));
				lastPageStarted.set(System.nanoTime());
				for (String key : keys.subList(page * 200, (page + 1) * 200)) {
					this.redis.zadd(key, 2, "status");
				}
			}
		});

		long arrived = this.timelines.awaitMember(keys, "status", Duration.ofSeconds(10));

		fanOut.join();
		assertThat(arrived).isGreaterThan(lastPageStarted.get());
		assertThat(this.redis.zscore(keys.getLast(), "status")).isEqualTo(2.0);
		// About 3,000 here: each key asked about twice, and the first missing one
		// alone every 2 ms while the probe waits. Asking whole windows again every 2 ms
		// took 50,000.
		long calls = zscoreCalls() - zscoresBefore;
		assertThat(calls).isBetween((long) TIMELINES, 5L * TIMELINES);
	}

	@Test
	void givesUpWhenOneTimelineNeverHoldsIt() {
		List<String> keys = keys();
		keys.subList(0, TIMELINES - 1).forEach((key) -> this.redis.zadd(key, 2, "status"));

		assertThat(this.timelines.awaitMember(keys, "status", Duration.ofMillis(300))).isEqualTo(-1);
	}

	private List<String> keys() {
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < TIMELINES; i++) {
			keys.add(this.timelines.key(Integer.toString(i)));
		}
		return keys;
	}

	private long zscoreCalls() {
		for (String line : this.redis.info("commandstats").split("\r?\n")) {
			if (line.startsWith("cmdstat_zscore:calls=")) {
				return Long.parseLong(line.substring("cmdstat_zscore:calls=".length(), line.indexOf(',')));
			}
		}
		return 0;
	}

}
