package social.murmur.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import social.murmur.bench.dataset.DataSetSpec;

/**
 * How a run is set up, from the command line. Defaults are the benchmark of issue 3;
 * {@code --smoke} is a small preset for CI that proves every figure is produced.
 *
 * @param preset {@code default}, {@code smoke}, or {@code custom} once a size was changed
 * @param dataSet what to generate
 * @param clients concurrent clients of the peak measurements
 * @param warmUp warm-up before each endpoint is measured
 * @param duration length of each measurement
 * @param lagPosts statuses posted to measure fan-out lag (and, a third as many, celebrity
 * lag)
 * @param output folder for latest.json and latest.md
 * @param dataDirectory folder for the system's data, or null for a fresh one under
 * bench/target
 * @param keepData whether to keep the data folder after a successful run
 * @param timelineKey Redis key of an account's home timeline, {@code %s} for its id
 * @param feedGroup Kafka consumer group of the feed's fan-out
 */
public record BenchOptions(String preset, DataSetSpec dataSet, int clients, Duration warmUp, Duration duration,
		int lagPosts, Path output, @Nullable Path dataDirectory, boolean keepData, String timelineKey,
		String feedGroup) {

	static final String USAGE = """
			usage: ./murmur bench [--smoke] [--accounts N] [--follows N] [--posts N] [--duration SECONDS]
			                      [--warmup SECONDS] [--clients N] [--lag-posts N] [--seed N] [--output DIR]
			                      [--data DIR] [--keep-data] [--timeline-key PATTERN] [--feed-group NAME]
			  defaults: 10000 accounts, 100 follows each on average, 200000 posts, 30 s per measurement
			  after a 30 s warm-up, 64 clients, 20 posts for fan-out lag; results in bench/results.
			  --smoke: 200 accounts, 15 follows, 2000 posts, 3 s measurements, results in bench/target/smoke.
			""";

	static BenchOptions defaults(Path root) {
		return new BenchOptions("default", new DataSetSpec(10_000, 100, 200_000, 42), 64, Duration.ofSeconds(30),
				Duration.ofSeconds(30), 20, root.resolve("bench/results"), null, false, "timeline:home:{%s}", "feed");
	}

	static BenchOptions smoke(Path root) {
		return new BenchOptions("smoke", new DataSetSpec(200, 15, 2_000, 42), 16, Duration.ofSeconds(2),
				Duration.ofSeconds(3), 5, root.resolve("bench/target/smoke"), null, false, "timeline:home:{%s}",
				"feed");
	}

	/**
	 * Reads the arguments; {@code --smoke} first sets the preset the others then change.
	 */
	static BenchOptions parse(List<String> arguments, Path root) {
		List<String> rest = new ArrayList<>(arguments);
		BenchOptions options = rest.remove("--smoke") ? smoke(root) : defaults(root);
		DataSetSpec spec = options.dataSet();
		int accounts = spec.accounts();
		int follows = spec.meanFollows();
		int posts = spec.posts();
		long seed = spec.seed();
		String preset = options.preset();
		for (int i = 0; i < rest.size(); i++) {
			String name = rest.get(i);
			if (name.equals("--keep-data")) {
				options = options.with(true);
				continue;
			}
			if (i + 1 >= rest.size()) {
				throw new IllegalArgumentException("Missing a value after " + name);
			}
			String value = rest.get(++i);
			switch (name) {
				case "--accounts" -> {
					accounts = positive(name, value);
					preset = "custom";
				}
				case "--follows" -> {
					follows = positive(name, value);
					preset = "custom";
				}
				case "--posts" -> {
					posts = positive(name, value);
					preset = "custom";
				}
				case "--seed" -> seed = Long.parseLong(value);
				case "--duration" -> options = options.withTimes(options.warmUp(), seconds(name, value));
				case "--warmup" -> options = options.withTimes(seconds(name, value), options.duration());
				case "--clients" -> options = options.withLoad(positive(name, value), options.lagPosts());
				case "--lag-posts" -> options = options.withLoad(options.clients(), positive(name, value));
				case "--output" -> options = options.withPaths(Path.of(value), options.dataDirectory());
				case "--data" -> options = options.withPaths(options.output(), Path.of(value));
				case "--timeline-key" -> options = options.withRedis(value, options.feedGroup());
				case "--feed-group" -> options = options.withRedis(options.timelineKey(), value);
				default -> throw new IllegalArgumentException("Unknown option " + name);
			}
		}
		if (!options.timelineKey().contains("%s")) {
			throw new IllegalArgumentException("--timeline-key needs %s where the account id goes");
		}
		return new BenchOptions(preset, new DataSetSpec(accounts, follows, posts, seed), options.clients(),
				options.warmUp(), options.duration(), options.lagPosts(), options.output(), options.dataDirectory(),
				options.keepData(), options.timelineKey(), options.feedGroup());
	}

	private BenchOptions with(boolean keepData) {
		return new BenchOptions(this.preset, this.dataSet, this.clients, this.warmUp, this.duration, this.lagPosts,
				this.output, this.dataDirectory, keepData, this.timelineKey, this.feedGroup);
	}

	private BenchOptions withTimes(Duration warmUp, Duration duration) {
		return new BenchOptions(this.preset, this.dataSet, this.clients, warmUp, duration, this.lagPosts, this.output,
				this.dataDirectory, this.keepData, this.timelineKey, this.feedGroup);
	}

	private BenchOptions withLoad(int clients, int lagPosts) {
		return new BenchOptions(this.preset, this.dataSet, clients, this.warmUp, this.duration, lagPosts, this.output,
				this.dataDirectory, this.keepData, this.timelineKey, this.feedGroup);
	}

	private BenchOptions withPaths(Path output, @Nullable Path dataDirectory) {
		return new BenchOptions(this.preset, this.dataSet, this.clients, this.warmUp, this.duration, this.lagPosts,
				output, dataDirectory, this.keepData, this.timelineKey, this.feedGroup);
	}

	private BenchOptions withRedis(String timelineKey, String feedGroup) {
		return new BenchOptions(this.preset, this.dataSet, this.clients, this.warmUp, this.duration, this.lagPosts,
				this.output, this.dataDirectory, this.keepData, timelineKey, feedGroup);
	}

	private static int positive(String name, String value) {
		int number = Integer.parseInt(value);
		if (number < 1) {
			throw new IllegalArgumentException(name + " must be positive, not " + value);
		}
		return number;
	}

	private static Duration seconds(String name, String value) {
		return Duration.ofSeconds(positive(name, value));
	}

}
