package social.murmur.feed.fanout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.core.RedisCallback;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.users.v1.Account;
import social.murmur.feed.Events;
import social.murmur.feed.FeedIntegrationTest;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.cache.CachedStatus;
import social.murmur.feed.source.Accounts;
import social.murmur.feed.source.Follows;
import social.murmur.feed.source.Statuses;
import social.murmur.feed.streaming.PublishStatusUpdate;
import social.murmur.feed.timeline.IdWindow;
import social.murmur.feed.timeline.TimelineKeys;
import social.murmur.platform.id.IdGenerator;
import social.murmur.testsupport.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures what fanning a status out to 5,000 followers costs (issue 3: the benchmark's
 * fan-out lag), without the benchmark: {@link FanOutStatus} is called directly against
 * the real Redis, with every follower's timeline full (800 entries, compact encoding, as
 * in production) and users and posts faked in process. It prints numbers and asserts
 * nothing about speed: the reference is the fan-out as it was before issue 3 (follower
 * pages read and written strictly one after another, the script's text sent with every
 * write), run in the same JVM against the same data, so the ratio holds on a busy machine
 * where absolute times do not.
 * <p>
 * The fake users answers a page at once, where the real one queries PostgreSQL and
 * crosses the network; the second run adds a few milliseconds to every page of followers
 * to show what overlapping paging and writing is worth then.
 */
@EnabledIfSystemProperty(named = "feed.fan-out-lag.rounds", matches = "\\d+",
		disabledReason = "a measurement, not a test: run with -Dfeed.fan-out-lag.rounds=9")
class FanOutLagIT extends FeedIntegrationTest {

	private static final int FOLLOWERS = 5_000;

	private static final int TIMELINE_ENTRIES = 800;

	/**
	 * One round by default, so that {@code ./mvnw verify} only checks that the
	 * measurement works and every timeline is written;
	 * {@code -Dfeed.fan-out-lag.rounds=9} measures (three warm-up rounds then).
	 */
	private static final int ROUNDS = Integer.getInteger("feed.fan-out-lag.rounds", 1);

	private static final int WARM_UP = (ROUNDS > 1) ? 3 : 0;

	/**
	 * The script {@code HomeTimelines.addToEach} sent with every write before issue 3.
	 */
	private static final byte[] REFERENCE_SCRIPT = """
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
			""".getBytes(StandardCharsets.UTF_8);

	@Autowired
	private FanOutStatus fanOut;

	@Autowired
	private Follows follows;

	@Autowired
	private Statuses statuses;

	@Autowired
	private Accounts accounts;

	@Autowired
	private PublishStatusUpdate updates;

	@Autowired
	private FeedProperties properties;

	@Value("${spring.data.redis.database:0}")
	private int database;

	@AfterEach
	void answerPagesAtOnce() {
		this.users.delayListFollowers(Duration.ZERO);
	}

	@Test
	void measuresTheFanOutOfAStatusToFiveThousandFollowers() throws Exception {
		setCompactLimit("1024");
		long author = newAccount();
		List<Long> followers = newAccounts(FOLLOWERS);
		followers.forEach((follower) -> this.users.follow(follower, author));
		// Fanned out, as in production (threshold 10,000), not merged as a celebrity's.
		this.profiles.reportFollowersCount(author, CELEBRITY_THRESHOLD - 1);
		giveFullTimelines(followers);
		List<List<Long>> pages = new ArrayList<>();
		this.follows.forEachFollowerPage(author, this.properties.fanOutBatchSize(), pages::add);
		List<String> keys = followers.stream().map(TimelineKeys::timeline).toList();

		for (Duration usersLatency : List.of(Duration.ZERO, Duration.ofMillis(5))) {
			this.users.delayListFollowers(usersLatency);
			Sample before = new Sample();
			Sample now = new Sample();
			Sample paging = new Sample();
			Sample writesBefore = new Sample();
			Sample writesNow = new Sample();
			Sample redisBefore = new Sample();
			Sample redisNow = new Sample();
			for (int round = 0; round < WARM_UP + ROUNDS; round++) {
				boolean measured = round >= WARM_UP;
				Status reference = this.posts.post(author);
				before.add(measured, time(() -> fanOutAsBefore(reference, author)));
				Status status = this.posts.post(author);
				now.add(measured, time(() -> this.fanOut.fanOut(Events.published(status))));
				assertThat(holding(followers, status.getId())).containsOnly(true);
				assertThat(holding(followers, reference.getId())).containsOnly(true);
				paging.add(measured, time(
						() -> this.follows.forEachFollowerPage(author, this.properties.fanOutBatchSize(), (page) -> {
						})));
				long writtenBefore = this.posts.post(author).getId();
				long redisStart = scriptMicros();
				writesBefore.add(measured, time(() -> pages.forEach((page) -> addToEachAsBefore(page, writtenBefore))));
				redisBefore.add(measured, (scriptMicros() - redisStart) * 1_000 / FOLLOWERS);
				long written = this.posts.post(author).getId();
				redisStart = scriptMicros();
				writesNow.add(measured, time(() -> pages.forEach((page) -> this.timelines.addToEach(page, written))));
				redisNow.add(measured, (scriptMicros() - redisStart) * 1_000 / FOLLOWERS);
			}
			System.out.printf(
					"[feed fan-out] %,d followers with full timelines, users answering a page of %d %s; "
							+ "medians of %d rounds (ms)%n",
					FOLLOWERS, this.properties.fanOutBatchSize(),
					usersLatency.isZero() ? "at once" : "in " + usersLatency.toMillis() + " ms", ROUNDS);
			System.out.printf("[feed fan-out]   before issue 3: %s; paging alone %s; Redis writes alone %s; "
					+ "Redis busy %s us a timeline%n", before, paging, writesBefore, redisBefore.micros());
			System.out.printf(
					"[feed fan-out]   now:            %s; Redis writes alone %s; Redis busy %s us a "
							+ "timeline; now / before %.2f%n",
					now, writesNow, redisNow.micros(), now.median() / before.median());
		}

		// The benchmark's probe: every follower's timeline polled until all hold the
		// status.
		this.users.delayListFollowers(Duration.ZERO);
		Sample before = new Sample();
		Sample now = new Sample();
		try (TimelineWatcher watcher = new TimelineWatcher(this.database, keys)) {
			for (int round = 0; round < WARM_UP + ROUNDS; round++) {
				boolean measured = round >= WARM_UP;
				Status reference = this.posts.post(author);
				before.add(measured, watcher.lag(reference.getId(), () -> fanOutAsBefore(reference, author)));
				Status status = this.posts.post(author);
				now.add(measured, watcher.lag(status.getId(), () -> this.fanOut.fanOut(Events.published(status))));
			}
		}
		System.out.printf("[feed fan-out] the same while a client polls every follower's timeline with ZSCORE "
				+ "until all hold the status (as the benchmark does), lag until they do, medians of %d rounds "
				+ "(ms):%n[feed fan-out]   before issue 3: %s%n[feed fan-out]   now:            %s; "
				+ "now / before %.2f%n", ROUNDS, before, now, now.median() / before.median());
	}

	/**
	 * The fan-out of a public status by an ordinary author as {@link FanOutStatus} did it
	 * before issue 3: each page of followers read, then written, then the next.
	 */
	private void fanOutAsBefore(Status status, long authorId) {
		List<Status> published = this.statuses.byIds(List.of(status.getId()));
		this.statusCache.put(published);
		addToEachAsBefore(List.of(authorId), status.getId());
		Account author = this.accounts.byIds(List.of(authorId)).getFirst();
		this.statusCache.put(List.of(published.getFirst().toBuilder().setAccount(author).build()));
		PublishStatusUpdate.Update update = this.updates
			.of(CachedStatus.of(published.getFirst().toBuilder().setAccount(author).build()));
		update.sendTo(List.of(authorId));
		this.follows.forEachFollowerPage(authorId, this.properties.fanOutBatchSize(), (followers) -> {
			addToEachAsBefore(followers, status.getId());
			update.sendTo(followers);
		});
	}

	private void addToEachAsBefore(List<Long> accountIds, long statusId) {
		byte[] capacity = bytes(Integer.toString(this.timelines.capacity()));
		byte[] score = bytes(Long.toString(IdWindow.score(statusId)));
		byte[] status = bytes(Long.toString(statusId));
		this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
			for (long accountId : accountIds) {
				connection.scriptingCommands()
					.eval(REFERENCE_SCRIPT, ReturnType.INTEGER, 2, bytes(TimelineKeys.timeline(accountId)),
							bytes(TimelineKeys.marker(accountId)), capacity, score, status);
			}
			return null;
		});
	}

	/**
	 * Gives every follower a built timeline of {@value #TIMELINE_ENTRIES} statuses: one
	 * is built, and its serialized form restored under every follower's key, which costs
	 * Redis a copy rather than 800 inserts each.
	 */
	private void giveFullTimelines(List<Long> accountIds) {
		long template = newAccount();
		this.timelines.store(template, olderIds(TIMELINE_ENTRIES));
		byte[] dump = this.redis.execute((RedisCallback<byte[]>) (connection) -> connection.keyCommands()
			.dump(bytes(TimelineKeys.timeline(template))));
		assertThat(dump).isNotNull();
		long ttl = this.properties.activeTtl().toMillis();
		// In small pipelines: each restore sends 16 KB, and a command waits 500 ms at
		// most.
		for (int from = 0; from < accountIds.size(); from += 100) {
			List<Long> chunk = accountIds.subList(from, Math.min(from + 100, accountIds.size()));
			this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
				for (long accountId : chunk) {
					connection.keyCommands().restore(bytes(TimelineKeys.timeline(accountId)), ttl, dump, true);
					connection.stringCommands().pSetEx(bytes(TimelineKeys.marker(accountId)), ttl, bytes("built"));
				}
				return null;
			});
		}
		assertThat(this.redis.opsForZSet().zCard(TimelineKeys.timeline(accountIds.getLast())))
			.isEqualTo(TIMELINE_ENTRIES);
	}

	/** Ids of statuses posted every few seconds over the past hours, newest first. */
	private static List<Long> olderIds(int count) {
		Instant start = Instant.now().minus(Duration.ofMinutes(1));
		List<Long> ids = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ids.add(IdGenerator.lowestIdAt(start.minus(Duration.ofMillis(i * 7_919L))) | (i % 13));
		}
		return ids;
	}

	private void setCompactLimit(String entries) {
		this.redis.execute((RedisCallback<Object>) (connection) -> {
			connection.serverCommands().setConfig("zset-max-ziplist-entries", entries);
			return null;
		});
	}

	/**
	 * How many microseconds Redis has spent running scripts since it started (or its
	 * statistics were reset): {@code INFO commandstats}.
	 */
	private long scriptMicros() {
		Properties stats = this.redis
			.execute((RedisCallback<Properties>) (connection) -> connection.serverCommands().info("commandstats"));
		long micros = 0;
		for (String command : List.of("cmdstat_eval", "cmdstat_evalsha", "cmdstat_script")) {
			String value = (stats != null) ? stats.getProperty(command) : null;
			if (value != null) {
				for (String field : value.split(",")) {
					if (field.startsWith("usec=")) {
						micros += Long.parseLong(field.substring("usec=".length()));
					}
				}
			}
		}
		return micros;
	}

	private static long time(Runnable action) {
		long start = System.nanoTime();
		action.run();
		return System.nanoTime() - start;
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	private static String format(double millis) {
		return String.format("%.1f", millis);
	}

	/**
	 * Polls timelines as the benchmark's probe does, on a connection of its own: one
	 * pipelined {@code ZSCORE} per timeline that does not hold the status yet, flushed at
	 * once, then a pause of 2 ms, until all hold it.
	 */
	private static final class TimelineWatcher implements AutoCloseable {

		private final RedisClient client;

		private final StatefulRedisConnection<String, String> connection;

		private final List<String> keys;

		TimelineWatcher(int database, List<String> keys) {
			this.client = RedisClient.create(RedisURI.Builder.redis("127.0.0.1", SharedInfrastructure.redisPort())
				.withDatabase(database)
				.build());
			this.connection = this.client.connect();
			this.connection.setAutoFlushCommands(false);
			this.keys = keys;
		}

		/** Runs the fan-out while watching; how long until every timeline held it. */
		long lag(long statusId, Runnable fanOut) throws Exception {
			String member = Long.toString(statusId);
			long start = System.nanoTime();
			CompletableFuture<Long> done = CompletableFuture.supplyAsync(() -> watch(member));
			fanOut.run();
			return done.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS) - start;
		}

		private long watch(String member) {
			RedisAsyncCommands<String, String> commands = this.connection.async();
			List<String> missing = this.keys;
			while (true) {
				List<RedisFuture<Double>> scores = new ArrayList<>(missing.size());
				missing.forEach((key) -> scores.add(commands.zscore(key, member)));
				this.connection.flushCommands();
				List<String> still = new ArrayList<>();
				for (int i = 0; i < missing.size(); i++) {
					if (scores.get(i).toCompletableFuture().join() == null) {
						still.add(missing.get(i));
					}
				}
				if (still.isEmpty()) {
					return System.nanoTime();
				}
				missing = still;
				LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
			}
		}

		@Override
		public void close() {
			this.connection.close();
			this.client.shutdown();
		}

	}

	/** Durations of one step over the measured rounds. */
	private static final class Sample {

		private final List<Long> nanos = new ArrayList<>();

		void add(boolean measured, long nanos) {
			if (measured) {
				this.nanos.add(nanos);
			}
		}

		/** The median as microseconds, where what was added were nanoseconds per unit. */
		String micros() {
			return format(median() * 1_000);
		}

		double median() {
			long[] sorted = this.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
			return sorted[sorted.length / 2] / (double) TimeUnit.MILLISECONDS.toNanos(1);
		}

		@Override
		public String toString() {
			long[] sorted = this.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
			return format(median()) + " (" + format(sorted[0] / 1e6) + "-" + format(sorted[sorted.length - 1] / 1e6)
					+ ")";
		}

	}

}
