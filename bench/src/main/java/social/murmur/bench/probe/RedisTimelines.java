package social.murmur.bench.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.IntegerOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;

/**
 * Looks at the home timelines feed keeps in Redis, with pipelining so that thousands of
 * keys cost one round trip. Only reads, except for {@link #deleteAccountKeys}, which
 * makes an account look like one returning after a long absence.
 */
public final class RedisTimelines implements AutoCloseable {

	private static final long TIMEOUT_SECONDS = 30;

	private final RedisClient client;

	private final StatefulRedisConnection<String, String> connection;

	private final RedisAsyncCommands<String, String> commands;

	private final String keyPattern;

	/**
	 * @param host Redis host
	 * @param port Redis port
	 * @param database Redis database
	 * @param keyPattern the key of an account's home timeline, with {@code %s} for its id
	 */
	public RedisTimelines(String host, int port, int database, String keyPattern) {
		this.client = RedisClient
			.create(RedisURI.builder().withHost(host).withPort(port).withDatabase(database).build());
		this.connection = this.client.connect(StringCodec.UTF8);
		this.connection.setAutoFlushCommands(false);
		this.commands = this.connection.async();
		this.keyPattern = keyPattern;
	}

	public String key(String accountId) {
		return String.format(this.keyPattern, accountId);
	}

	/** The Redis type of each key ({@code none} where it does not exist). */
	public synchronized List<String> types(List<String> keys) {
		return pipelined(keys, this.commands::type);
	}

	/**
	 * How many entries each timeline holds, by its type: a sorted set's members (the
	 * layout feed documents), or a list's, hash's or set's; a string is taken as packed
	 * 8-byte ids. Null where the key does not exist.
	 */
	public synchronized List<Long> entries(List<String> keys) {
		List<String> types = types(keys);
		List<RedisFuture<Long>> futures = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			String key = keys.get(i);
			futures.add(switch (types.get(i)) {
				case "zset" -> this.commands.zcard(key);
				case "list" -> this.commands.llen(key);
				case "hash" -> this.commands.hlen(key);
				case "set" -> this.commands.scard(key);
				case "string" -> this.commands.strlen(key);
				default -> null;
			});
		}
		this.connection.flushCommands();
		List<Long> entries = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			RedisFuture<Long> future = futures.get(i);
			Long value = (future != null) ? await(future) : null;
			entries.add((value != null && types.get(i).equals("string")) ? value / 8 : value);
		}
		return entries;
	}

	/** How many timelines {@link #awaitMember} checks in one round at most. */
	static final int AWAIT_WINDOW = 256;

	/** How many timelines {@link #awaitMember} checks in one round at least. */
	static final int MIN_WINDOW = 16;

	/** The server's version, as {@code INFO server} gives it ({@code 7.0.15}). */
	public synchronized String serverVersion() {
		RedisFuture<String> info = this.commands.info("server");
		this.connection.flushCommands();
		String text = await(info);
		if (text != null) {
			for (String line : text.split("\r?\n")) {
				if (line.startsWith("redis_version:")) {
					return line.substring("redis_version:".length()).trim();
				}
			}
		}
		return "unknown";
	}

	/** Exact memory of a key ({@code MEMORY USAGE key SAMPLES 0}), in bytes. */
	public synchronized long memoryUsage(String key) {
		RedisFuture<Long> usage = this.commands.dispatch(CommandType.MEMORY, new IntegerOutput<>(StringCodec.UTF8),
				new CommandArgs<>(StringCodec.UTF8).add("USAGE").addKey(key).add("SAMPLES").add(0));
		this.connection.flushCommands();
		Long bytes = await(usage);
		return (bytes != null) ? bytes : 0;
	}

	/**
	 * Waits until every sorted set holds the member. The keys are checked in the order
	 * given, a window at a time in one pipelined round of {@code ZSCORE}, and the window
	 * moves on past the keys that hold it. After a round that found keys without it, the
	 * probe waits 2 ms, then asks only the first of them, every 2 ms until it holds it,
	 * before the next round. A round is as wide as twice what the last one found (at
	 * least {@link #MIN_WINDOW}, at most {@link #AWAIT_WINDOW}), so a probe that outruns
	 * the fan-out does not ask the same keys again and again. Every key is seen holding
	 * the member before the wait ends, so the answer is exact. Given in the order fan-out
	 * writes them (follower id order), the probe adds about two commands per key and one
	 * per 2 ms of waiting; asking the whole window again every 2 ms loaded Redis as much
	 * as the fan-out it measured whenever that fell behind.
	 * @return when the last one had it ({@link System#nanoTime()}), or -1 on timeout
	 */
	public synchronized long awaitMember(List<String> keys, String member, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		int next = 0;
		int width = AWAIT_WINDOW;
		List<String> unconfirmed = new ArrayList<>();
		while (System.nanoTime() < deadline) {
			if (!unconfirmed.isEmpty()) {
				// Some keys did not hold it yet: fan-out is still writing.
				Pauses.sleep(Duration.ofMillis(2));
				if (!holds(unconfirmed.getFirst(), member)) {
					continue;
				}
			}
			List<String> window = new ArrayList<>(unconfirmed.subList(0, Math.min(width, unconfirmed.size())));
			List<String> beyond = unconfirmed.subList(window.size(), unconfirmed.size());
			int end = Math.min(keys.size(), next + width - window.size());
			window.addAll(keys.subList(next, end));
			next = end;
			List<Double> scores = pipelined(window, (key) -> this.commands.zscore(key, member));
			List<String> missing = new ArrayList<>();
			for (int i = 0; i < window.size(); i++) {
				if (scores.get(i) == null) {
					missing.add(window.get(i));
				}
			}
			int found = window.size() - missing.size();
			width = missing.isEmpty() ? Math.min(AWAIT_WINDOW, 2 * width)
					: Math.clamp(2L * found, MIN_WINDOW, AWAIT_WINDOW);
			missing.addAll(beyond);
			unconfirmed = missing;
			if (unconfirmed.isEmpty() && next == keys.size()) {
				return System.nanoTime();
			}
		}
		return -1;
	}

	private boolean holds(String key, String member) {
		return pipelined(List.of(key), (one) -> this.commands.zscore(one, member)).getFirst() != null;
	}

	/**
	 * Deletes an account's timeline and the keys that go with it (those that start with
	 * its key, such as a "built" marker).
	 * @return how many keys were deleted
	 */
	public synchronized long deleteAccountKeys(String accountId) {
		List<String> keys = new ArrayList<>();
		ScanCursor cursor = ScanCursor.INITIAL;
		ScanArgs match = ScanArgs.Builder.matches(escapeGlob(key(accountId)) + "*").limit(1000);
		do {
			RedisFuture<KeyScanCursor<String>> scan = this.commands.scan(cursor, match);
			this.connection.flushCommands();
			KeyScanCursor<String> page = await(scan);
			keys.addAll(page.getKeys());
			cursor = page;
		}
		while (!cursor.isFinished());
		if (keys.isEmpty()) {
			return 0;
		}
		RedisFuture<Long> deleted = this.commands.del(keys.toArray(String[]::new));
		this.connection.flushCommands();
		return await(deleted);
	}

	static String escapeGlob(String key) {
		return key.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
	}

	private <T> List<T> pipelined(List<String> keys, java.util.function.Function<String, RedisFuture<T>> command) {
		List<RedisFuture<T>> futures = new ArrayList<>(keys.size());
		for (String key : keys) {
			futures.add(command.apply(key));
		}
		this.connection.flushCommands();
		if (!LettuceFutures.awaitAll(TIMEOUT_SECONDS, TimeUnit.SECONDS, futures.toArray(RedisFuture[]::new))) {
			throw new IllegalStateException("Redis did not answer within " + TIMEOUT_SECONDS + " s");
		}
		List<T> values = new ArrayList<>(keys.size());
		for (RedisFuture<T> future : futures) {
			values.add(await(future));
		}
		return values;
	}

	private static <T> T await(RedisFuture<T> future) {
		try {
			return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException("Redis: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		this.connection.close();
		this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
	}

}
