package social.murmur.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import social.murmur.bench.api.Gateway;
import social.murmur.bench.api.Member;
import social.murmur.bench.dataset.DataSetSpec;
import social.murmur.bench.dataset.LoadDataSet;
import social.murmur.bench.dataset.LoadedDataSet;
import social.murmur.bench.measure.LatencySummary;
import social.murmur.bench.measure.LoadProfile;
import social.murmur.bench.measure.LoadResult;
import social.murmur.bench.measure.NamedEndpoint;
import social.murmur.bench.probe.BackgroundPosting;
import social.murmur.bench.probe.FanOutBacklog;
import social.murmur.bench.probe.FanOutLag;
import social.murmur.bench.probe.Lag;
import social.murmur.bench.probe.Pauses;
import social.murmur.bench.probe.ReadsWhilePosting;
import social.murmur.bench.probe.RedisTimelines;
import social.murmur.bench.probe.TimelineMemory;
import social.murmur.bench.probe.TimelineRebuild;
import social.murmur.bench.reference.NaiveHomeTimeline;
import social.murmur.bench.reference.ReferenceDatabase;
import social.murmur.bench.report.BenchResults;
import social.murmur.bench.report.RunFacts;
import social.murmur.contracts.Topics;
import social.murmur.launcher.MurmurCluster;
import social.murmur.launcher.Ports;
import social.murmur.launcher.RedisAddress;

/**
 * One run: start the system, load the data set, measure, stop everything (also when
 * something fails or the run is interrupted).
 */
final class BenchRun {

	/**
	 * C2 on (the launcher's default stops at C1 for a fast start), heaps large enough
	 * that GC does not decide the figures and fixed, so that G1 does not resize them in
	 * the middle of the measurements (ADR 0014), and G1 with a pause goal: the parallel
	 * collector stopped each service for 0.2 to 1.5 s whenever new code or classes
	 * crossed a threshold, in the middle of the measurements (ADR 0011).
	 */
	static final String JAVA_OPTIONS = "-Xms1g -Xmx1g -Xss512k -XX:+UseG1GC -XX:MaxGCPauseMillis=20 "
			+ "-XX:MetaspaceSize=128m -XX:ReservedCodeCacheSize=128m";

	/** The cheapest authenticated endpoint: see README, section Benchmark. */
	static final String FLOOR = "/api/v1/apps/verify_credentials";

	/**
	 * Others post at this share of the rate at which the loading's posts were fanned out
	 * while the busy fan-out lag is measured: a load the system keeps up with.
	 */
	static final double BUSY_SHARE_OF_POSTING = 0.5;

	/**
	 * Home reads and others' posts together, each at this share of its own rate (the home
	 * reads' peak, the loading's fan-out), at the end of the run: about half of what the
	 * machine can do, so that what the reads show is the posting's effect, not an
	 * overloaded machine.
	 */
	static final double MIXED_SHARE = 0.25;

	private static final int RETURNING_ACCOUNTS = 5;

	private static final int MEMORY_SAMPLE = 100;

	private final BenchOptions options;

	private final Path root;

	private final Consumer<String> progress;

	BenchRun(BenchOptions options, Path root, Consumer<String> progress) {
		this.options = options;
		this.root = root;
		this.progress = progress;
	}

	BenchResults run() {
		Instant date = Instant.now();
		Path data = dataDirectory();
		DataSetSpec spec = this.options.dataSet();
		Map<String, String> environment = Map.of("MURMUR_FEED_CELEBRITY_THRESHOLD",
				Integer.toString(spec.celebrityThreshold()), "MURMUR_GATEWAY_RATELIMITS_SIGNUP_LIMIT", "1000000000",
				"MURMUR_GATEWAY_RATELIMITS_SIGNIN_LIMIT", "1000000000", "MURMUR_GATEWAY_RATELIMITS_AUTHENTICATED_LIMIT",
				"1000000000", "MURMUR_GATEWAY_RATELIMITS_ANONYMOUS_LIMIT", "1000000000");
		MurmurCluster.Options clusterOptions = MurmurCluster.Options.of(this.root, data, Ports.free())
			.withEnvironment(environment)
			.withJavaOptions(javaOptions());
		this.progress.accept("starting Murmur in " + data);
		MurmurCluster cluster = MurmurCluster.start(clusterOptions, (line) -> this.progress.accept("murmur: " + line));
		AtomicBoolean stopped = new AtomicBoolean();
		Runnable stop = () -> {
			if (stopped.compareAndSet(false, true)) {
				this.progress.accept("stopping Murmur");
				cluster.close();
			}
		};
		Thread hook = new Thread(stop, "bench-stop");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			BenchResults results = measure(cluster, date);
			stop.run();
			if (!this.options.keepData() && this.options.dataDirectory() == null) {
				delete(data);
			}
			return results;
		}
		catch (RuntimeException ex) {
			this.progress.accept("failed; the services' logs are in " + data.resolve("logs"));
			throw ex;
		}
		finally {
			stop.run();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			}
			catch (IllegalStateException ex) {
				// already shutting down: the hook runs (and finds everything stopped)
			}
		}
	}

	/**
	 * {@link #JAVA_OPTIONS}, then {@code MURMUR_BENCH_JAVA_OPTS} if set: a way to profile
	 * the services during a run, for example with
	 * {@code -XX:StartFlightRecording=filename=/tmp/murmur-%p.jfr,settings=profile}.
	 */
	static String javaOptions() {
		String extra = System.getenv("MURMUR_BENCH_JAVA_OPTS");
		return (extra == null || extra.isBlank()) ? JAVA_OPTIONS : JAVA_OPTIONS + " " + extra.strip();
	}

	private BenchResults measure(MurmurCluster cluster, Instant date) {
		try (Gateway gateway = new Gateway(cluster.gatewayUrl().replace("localhost", "127.0.0.1"))) {
			return measure(cluster, date, gateway);
		}
	}

	private BenchResults measure(MurmurCluster cluster, Instant date, Gateway gateway) {
		LoadDataSet loader = new LoadDataSet(gateway, this.progress);
		LoadedDataSet dataSet = loader.load(this.options.dataSet());
		RedisAddress redisAddress = cluster.redisAddress();
		try (FanOutBacklog backlog = new FanOutBacklog(cluster.kafkaBootstrapServers(), this.options.feedGroup(),
				Topics.STATUS_PUBLISHED);
				RedisTimelines redis = new RedisTimelines(redisAddress.host(), redisAddress.port(),
						redisAddress.database(), this.options.timelineKey())) {
			long drained = backlog.awaitDrained(Duration.ofMinutes(60), this.progress);
			Duration fanOutDrained = Duration.ofNanos(drained - dataSet.postingStartedNanos());
			int posts = dataSet.statusIds().size();
			double fannedOutPerSecond = posts / (fanOutDrained.toNanos() / 1e9);
			this.progress.accept(String.format("posts: %,d acknowledged in %.1f s, fanned out in %.1f s", posts,
					dataSet.posting().toMillis() / 1000.0, fanOutDrained.toMillis() / 1000.0));

			this.progress.accept("copying follows and statuses into one reference database");
			ReferenceDatabase.Server server = ReferenceDatabase.Server.of(cluster::jdbcUrl, cluster.databaseUsername(),
					cluster.databasePassword(), "users", "posts");
			ReferenceDatabase.create(server);
			List<String> plan = ReferenceDatabase.plan(server, dataSet.member(2).accountId());

			List<Member> members = dataSet.members();
			LoadProfile profile = new LoadProfile(this.options.clients(), this.options.warmUp(),
					this.options.duration(), LoadProfile.ROUNDS, dataSet.spec().seed());
			double pageStatuses = meanPageStatuses(gateway, members);
			NamedEndpoint homeReads = new NamedEndpoint("home timeline", (random) -> {
				Member viewer = members.get(random.nextInt(members.size()));
				return gateway.probe("/api/v1/timelines/home?limit=20", viewer.token()).okArray();
			});
			LoadResult home;
			LoadResult floor;
			LoadResult naive;
			try (NaiveHomeTimeline reference = NaiveHomeTimeline.start(cluster.jdbcUrl(ReferenceDatabase.NAME),
					cluster.databaseUsername(), cluster.databasePassword());
					Gateway naiveServer = new Gateway(reference.baseUrl())) {
				List<LoadResult> reads = profile
					.measure(List.of(homeReads, new NamedEndpoint("floor " + FLOOR, (random) -> {
						Member viewer = members.get(random.nextInt(members.size()));
						return gateway.probe(FLOOR, viewer.token()).ok();
					}), new NamedEndpoint("naive SQL home timeline", (random) -> {
						Member viewer = members.get(random.nextInt(members.size()));
						return naiveServer.probe("/home?limit=20&account_id=" + viewer.id(), null).okArray();
					})), this.progress);
				home = reads.get(0);
				floor = reads.get(1);
				naive = reads.get(2);
			}

			FanOutLag lags = new FanOutLag(gateway, redis, (author) -> loader.post(author,
					"Benchmark lag probe by " + author.username() + " at " + Instant.now()), this.progress);
			Lag fanOut = lags.inRedis(dataSet.member(DataSetSpec.PROMINENT), followers(dataSet, DataSetSpec.PROMINENT),
					this.options.lagPosts());
			this.progress.accept(String.format("fan-out lag (%d followers): p50 %.0f ms, p99 %.0f ms",
					fanOut.followers(), fanOut.lag().p50Millis(), fanOut.lag().p99Millis()));
			double othersRate = Math.max(1, BUSY_SHARE_OF_POSTING * fannedOutPerSecond);
			Lag busy;
			double othersPosted;
			try (BackgroundPosting others = BackgroundPosting.start(othersRate, ordinary(dataSet),
					(author) -> loader.post(author,
							"Benchmark post by " + author.username() + " while a lag is measured"),
					dataSet.spec().seed() + 3)) {
				// The services have not posted since the loading, minutes ago: the first
				// seconds of posting again are slower (ADR 0014), and a network is not
				// idle.
				this.progress.accept(String.format("others post %.0f/s; lag measured after %d s", othersRate,
						BackgroundPosting.SETTLE.toSeconds()));
				Pauses.sleep(BackgroundPosting.SETTLE);
				busy = lags.inRedis(dataSet.member(DataSetSpec.PROMINENT), followers(dataSet, DataSetSpec.PROMINENT),
						this.options.lagPosts());
				others.close();
				othersPosted = others.postsPerSecond();
				this.progress.accept(String.format(
						"fan-out lag (%d followers) while others post %.0f/s: p50 %.0f ms, p99 %.0f ms (%d posts failed)",
						busy.followers(), othersPosted, busy.lag().p50Millis(), busy.lag().p99Millis(),
						others.failed()));
			}
			// What the others posted may still be fanning out: the celebrity's lag is
			// measured on a quiet system, as the prominent author's first was.
			long othersStopped = System.nanoTime();
			long othersDrained = backlog.awaitDrained(Duration.ofMinutes(10), this.progress);
			this.progress.accept(String.format("fan-out of the others' posts done %.1f s after they stopped",
					(othersDrained - othersStopped) / 1e9));
			Lag celebrity = lags.throughApi(dataSet.member(DataSetSpec.CELEBRITY),
					followers(dataSet, DataSetSpec.CELEBRITY), Math.max(2, this.options.lagPosts() / 3));
			this.progress.accept(String.format("celebrity lag (%d followers): p50 %.0f ms, p99 %.0f ms",
					celebrity.followers(), celebrity.lag().p50Millis(), celebrity.lag().p99Millis()));

			TimelineMemory.Result memory = new TimelineMemory(redis).measure(members, MEMORY_SAMPLE);
			this.progress.accept(String.format("Redis: %.1f bytes per timeline entry", memory.bytesPerEntry()));
			LatencySummary rebuild = new TimelineRebuild(gateway, redis).measure(returning(dataSet));
			this.progress.accept(String.format("rebuild: %.0f ms median", rebuild.p50Millis()));

			double mixedReadRate = Math.max(1, MIXED_SHARE * home.peakRps());
			double mixedPostRate = Math.max(1, MIXED_SHARE * fannedOutPerSecond);
			this.progress.accept(String.format("home reads at %.0f/s, alone and while others post %.0f/s",
					mixedReadRate, mixedPostRate));
			ReadsWhilePosting.Result mixed = ReadsWhilePosting.measure(homeReads.endpoint(), mixedReadRate,
					this.options.duration(),
					() -> BackgroundPosting.start(mixedPostRate, ordinary(dataSet),
							(author) -> loader.post(author,
									"Benchmark post by " + author.username() + " while home timelines are read"),
							dataSet.spec().seed() + 5),
					BackgroundPosting.SETTLE, dataSet.spec().seed() + 6, this.progress);

			RunFacts facts = new RunFacts(date, this.options.preset(), Runtime.getRuntime().availableProcessors(),
					members.size(), dataSet.graph().edges(), posts, dataSet.spec().celebrityThreshold(),
					dataSet.signUps(), dataSet.follows(), dataSet.warmUp(), dataSet.posting(), fanOutDrained,
					this.options.clients(), this.options.duration(), javaOptions());
			return new BenchResults(facts, home, FLOOR, floor, naive, plan, fanOut, busy, othersPosted, celebrity,
					fannedOutPerSecond, posts / (dataSet.posting().toNanos() / 1e9), memory, rebuild, pageStatuses,
					mixed);
		}
	}

	/** Every account but the two placed on purpose: those who post in the background. */
	private static List<Member> ordinary(LoadedDataSet dataSet) {
		return dataSet.members()
			.subList(Math.max(DataSetSpec.CELEBRITY, DataSetSpec.PROMINENT) + 1, dataSet.members().size());
	}

	private static List<Member> followers(LoadedDataSet dataSet, int account) {
		return IntStream.of(dataSet.graph().followersOf(account)).mapToObj(dataSet::member).toList();
	}

	/** Ordinary accounts that follow the most others: the costliest to rebuild. */
	private static List<Member> returning(LoadedDataSet dataSet) {
		int[][] following = dataSet.graph().following();
		return IntStream.range(2, following.length)
			.boxed()
			.sorted(Comparator.comparingInt((Integer i) -> following[i].length).reversed())
			.limit(RETURNING_ACCOUNTS)
			.map(dataSet::member)
			.toList();
	}

	/** A sanity figure: the timelines read are not empty. */
	private static double meanPageStatuses(Gateway gateway, List<Member> members) {
		int sample = Math.min(50, members.size());
		long statuses = 0;
		for (int i = 0; i < sample; i++) {
			Member viewer = members.get(i * members.size() / sample);
			statuses += gateway.get("/api/v1/timelines/home?limit=20", viewer.token()).requireOk("home").json().size();
		}
		return (double) statuses / sample;
	}

	private Path dataDirectory() {
		Path configured = this.options.dataDirectory();
		if (configured != null) {
			return configured.toAbsolutePath();
		}
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		return this.root.resolve("bench/target/run-" + stamp);
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + folder, ex);
		}
	}

}
