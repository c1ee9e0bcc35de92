package social.murmur.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import social.murmur.bench.measure.LoadResult;
import social.murmur.bench.probe.BackgroundPosting;
import social.murmur.bench.probe.Lag;
import social.murmur.bench.probe.ReadsWhilePosting;

/**
 * Writes a run's figures as {@code latest.json} (flat keys, for tools and for comparing
 * runs) and {@code latest.md} (for people: the figures, the ratios and the targets).
 */
public final class ResultsReport {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ResultsReport() {
	}

	/** Writes both files into the folder and answers the Markdown. */
	public static String write(BenchResults results, Path folder) {
		try {
			Files.createDirectories(folder);
			Files.writeString(folder.resolve("latest.json"), JSON.writeValueAsString(json(results)) + "\n");
			String markdown = markdown(results);
			Files.writeString(folder.resolve("latest.md"), markdown);
			return markdown;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Map<String, @Nullable Object> json(BenchResults results) {
		RunFacts run = results.run();
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("date", run.date().toString());
		json.put("preset", run.preset());
		json.put("cores", run.cores());
		json.put("accounts", run.accounts());
		json.put("follows", run.follows());
		json.put("posts", run.posts());
		json.put("celebrity_threshold", run.celebrityThreshold());
		json.put("load_duration_s", seconds(run.loading().toMillis()));
		json.put("load_sign_ups_s", seconds(run.signUps().toMillis()));
		json.put("load_follows_s", seconds(run.followsTook().toMillis()));
		json.put("load_first_home_reads_s", seconds(run.firstReads().toMillis()));
		json.put("load_posts_acknowledged_s", seconds(run.posting().toMillis()));
		json.put("load_posts_fanned_out_s", seconds(run.fanOutDrained().toMillis()));
		json.put("clients", run.clients());
		json.put("measurement_duration_s", run.duration().toSeconds());
		json.put("measurement_rounds", results.rounds());
		json.put("java_options", run.javaOptions());
		put(json, "home_read", results.home());
		json.put("home_page_statuses_mean", value(results.homePageStatuses()));
		ReadsWhilePosting.Result mixed = results.homeWhilePosting();
		json.put("home_read_mixed_rate_rps", value(mixed.readRate()));
		json.put("home_read_alone_p50_ms", value(mixed.alone().p50Millis()));
		json.put("home_read_alone_p99_ms", value(mixed.alone().p99Millis()));
		json.put("home_read_while_posting_p50_ms", value(mixed.whilePosting().p50Millis()));
		json.put("home_read_while_posting_p99_ms", value(mixed.whilePosting().p99Millis()));
		json.put("home_read_while_posting_others_posts_per_s", value(mixed.othersPostsPerSecond()));
		json.put("home_read_while_posting_errors", mixed.aloneErrors() + mixed.whilePostingErrors());
		json.put("floor_endpoint", results.floorEndpoint());
		put(json, "floor", results.floor());
		put(json, "naive_pull", results.naive());
		json.put("home_over_floor", value(results.homeOverFloor()));
		json.put("home_over_floor_min", value(min(results.homeOverFloorRounds())));
		json.put("home_over_floor_max", value(max(results.homeOverFloorRounds())));
		json.put("home_over_naive", value(results.homeOverNaive()));
		json.put("home_over_naive_min", value(min(results.homeOverNaiveRounds())));
		json.put("home_over_naive_max", value(max(results.homeOverNaiveRounds())));
		json.put("floor_over_naive", value(results.floorOverNaive()));
		put(json, "fanout", results.fanOut());
		put(json, "fanout_busy", results.fanOutBusy());
		json.put("fanout_busy_others_posts_per_s", value(results.othersPostsPerSecond()));
		put(json, "celebrity", results.celebrity());
		json.put("posts_per_s", value(results.postsPerSecond()));
		json.put("posts_acknowledged_per_s", value(results.postsAcknowledgedPerSecond()));
		json.put("redis_bytes_per_entry", value(results.memory().bytesPerEntry()));
		json.put("redis_timeline_type", results.memory().type());
		json.put("redis_version", results.memory().redisVersion());
		json.put("redis_sampled_timelines", results.memory().timelines());
		json.put("redis_sampled_entries_mean", value(results.memory().meanEntries()));
		json.put("rebuild_ms", value(results.rebuild().p50Millis()));
		json.put("rebuild_max_ms", value(results.rebuild().maxMillis()));
		json.put("rebuild_accounts", results.rebuild().count());
		json.put("targets_met", Target.of(results).stream().allMatch(Target::met));
		return json;
	}

	private static void put(Map<String, @Nullable Object> json, String name, LoadResult load) {
		json.put(name + "_rps", value(load.peakRps()));
		json.put(name + "_round_rps", load.roundRps().stream().map(Figures::round).toList());
		json.put(name + "_p50_ms", value(load.latency().p50Millis()));
		json.put(name + "_p99_ms", value(load.latency().p99Millis()));
		json.put(name + "_max_ms", value(load.latency().maxMillis()));
		json.put(name + "_latency_rate_rps", value(load.fixedRate()));
		json.put(name + "_errors", load.peakErrors() + load.fixedRateErrors());
	}

	private static void put(Map<String, @Nullable Object> json, String name, Lag lag) {
		json.put(name + "_lag_p50_ms", value(lag.lag().p50Millis()));
		json.put(name + "_lag_p99_ms", value(lag.lag().p99Millis()));
		json.put(name + "_lag_method", lag.method());
		json.put(name + "_followers", lag.followers());
		json.put(name + "_lag_samples", lag.lag().count());
		json.put(name + "_lag_timeouts", lag.timeouts());
	}

	static String markdown(BenchResults results) {
		RunFacts run = results.run();
		StringBuilder md = new StringBuilder();
		md.append("# Murmur benchmark: ").append(run.date()).append("\n\n");
		md.append(String
			.format("Preset `%s` on %d cores (the whole system and the load generator share them): %,d accounts, "
					+ "%,d follows, %,d posts, celebrity threshold %,d followers. %d clients, %d s per measurement. "
					+ "Services run with `%s`.%n%n", run.preset(), run.cores(), run.accounts(), run.follows(),
					run.posts(), run.celebrityThreshold(), run.clients(), run.duration().toSeconds(),
					run.javaOptions()));
		md.append("## Targets\n\n| figure | target | measured | |\n|---|---|---|---|\n");
		for (Target target : Target.of(results)) {
			md.append(String.format("| %s | %s | %s | %s |%n", target.what(), target.goal(), target.measured(),
					target.met() ? "met" : "**missed**"));
		}
		md.append("\n## Reads under the same load\n\n");
		md.append("| endpoint | peak throughput | p50 | p99 | at | errors |\n|---|---|---|---|---|---|\n");
		row(md, "home timeline, limit 20, through the gateway", results.home());
		row(md, "floor: `" + results.floorEndpoint() + "` through the gateway", results.floor());
		row(md, "naive: one SQL query over follows and statuses, no gateway", results.naive());
		md.append(String
			.format("%nHome / floor: **%s** (%s to %s in the %d rounds). Home / naive: **%s** (%s to %s), where "
					+ "floor / naive is %s: a home read passes the same gateway as the floor, so home / naive "
					+ "cannot exceed it ([ADR 0008](../../docs/adr/0008-what-the-home-read-targets-can-show.md)). "
					+ "Warm-up and peaks run in %d rounds, the endpoints taking turns (%s each at the peak), so that each "
					+ "round's ratio compares them on the same machine ([ADR 0014]"
					+ "(../../docs/adr/0014-peaks-measured-in-turns.md)). Latencies are measured open-loop at "
					+ "half of each endpoint's own peak, from each request's scheduled start "
					+ "(coordinated-omission-aware, HdrHistogram). A first home page held %.1f statuses on "
					+ "average.%n", Figures.ratio(results.homeOverFloor()),
					Figures.ratio(min(results.homeOverFloorRounds())),
					Figures.ratio(max(results.homeOverFloorRounds())), results.rounds(),
					Figures.ratio(results.homeOverNaive()), Figures.ratio(min(results.homeOverNaiveRounds())),
					Figures.ratio(max(results.homeOverNaiveRounds())), Figures.ratio(results.floorOverNaive()),
					results.rounds(), Figures.seconds(run.duration().dividedBy(Math.max(1, results.rounds()))),
					results.homePageStatuses()));
		ReadsWhilePosting.Result mixed = results.homeWhilePosting();
		md.append(String.format(
				"%nHome reads at %s (%.0f%% of their peak), at the end of the run: p50 %s and p99 %s "
						+ "alone; p50 %s and p99 %s while other accounts post %s (%d reads and %d posts failed).%n",
				Figures.rate(mixed.readRate()), 100 * mixed.readRate() / results.home().peakRps(),
				Figures.millis(mixed.alone().p50Millis()), Figures.millis(mixed.alone().p99Millis()),
				Figures.millis(mixed.whilePosting().p50Millis()), Figures.millis(mixed.whilePosting().p99Millis()),
				Figures.rate(mixed.othersPostsPerSecond()), mixed.aloneErrors() + mixed.whilePostingErrors(),
				mixed.othersFailed()));
		md.append("\nThe naive query's plan:\n\n```\n")
			.append(String.join("\n", results.naivePlan()))
			.append("\n```\n");
		md.append("\n## Writes\n\n| figure | p50 | p99 | samples | how |\n|---|---|---|---|---|\n");
		lag(md, "fan-out lag, " + results.fanOut().followers() + " followers (fanned out on write)", results.fanOut());
		lag(md, String.format("fan-out lag, %d followers, while other accounts post %s",
				results.fanOutBusy().followers(), Figures.rate(results.othersPostsPerSecond())), results.fanOutBusy());
		lag(md, "celebrity lag, " + results.celebrity().followers() + " followers (merged at read time)",
				results.celebrity());
		md.append(String.format(
				"%nThe author posts one status at a time, 250 ms apart, first alone, then while random other "
						+ "accounts post at half the rate at which the loading's posts were fanned out, from %d s "
						+ "before. The celebrity posts once the others' posts have all been fanned out. Posting: %s "
						+ "acknowledged, %s including fan-out (%,d posts by concurrent clients, from the first post "
						+ "until feed had fanned out the last).%n",
				BackgroundPosting.SETTLE.toSeconds(), Figures.rate(results.postsAcknowledgedPerSecond()),
				Figures.rate(results.postsPerSecond()), run.posts()));
		md.append("\n## Redis and rebuilds\n\n");
		md.append(String.format(
				"- %s bytes per timeline entry (`MEMORY USAGE` over entries of the %d fullest timelines, %s, %.0f "
						+ "entries on average; Redis %s).%n",
				Figures.number(results.memory().bytesPerEntry()), results.memory().timelines(), results.memory().type(),
				results.memory().meanEntries(), results.memory().redisVersion()));
		md.append(String.format(
				"- Rebuilding a returning account's timeline (keys deleted, next home read until a 200 with "
						+ "statuses): %s median, %s worst, over %d accounts.%n",
				Figures.millis(results.rebuild().p50Millis()), Figures.millis(results.rebuild().maxMillis()),
				results.rebuild().count()));
		md.append(String.format(
				"%n## Loading%n%nThrough the public API of the gateway: %s in all; sign-ups %s, follows %s, first "
						+ "home reads %s, posts %s until acknowledged and %s until fanned out.%n",
				Figures.seconds(run.loading()), Figures.seconds(run.signUps()), Figures.seconds(run.followsTook()),
				Figures.seconds(run.firstReads()), Figures.seconds(run.posting()),
				Figures.seconds(run.fanOutDrained())));
		return md.toString();
	}

	private static void row(StringBuilder md, String name, LoadResult load) {
		md.append(String.format("| %s | %s | %s | %s | %s | %d |%n", name, Figures.rate(load.peakRps()),
				Figures.millis(load.latency().p50Millis()), Figures.millis(load.latency().p99Millis()),
				Figures.rate(load.fixedRate()), load.peakErrors() + load.fixedRateErrors()));
	}

	private static void lag(StringBuilder md, String name, Lag lag) {
		md.append(String.format("| %s | %s | %s | %d%s | %s |%n", name, Figures.millis(lag.lag().p50Millis()),
				Figures.millis(lag.lag().p99Millis()), lag.lag().count(),
				(lag.timeouts() > 0) ? " (" + lag.timeouts() + " timed out)" : "", lag.method()));
	}

	private static @Nullable Object value(double value) {
		return Double.isNaN(value) || Double.isInfinite(value) ? null : Figures.round(value);
	}

	private static double min(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
	}

	private static double max(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
	}

	private static double seconds(long millis) {
		return millis / 1000.0;
	}

	/** The figures that every run must produce, for the smoke test. */
	public static List<String> missing(BenchResults results) {
		return json(results).entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == null)
			.map(Map.Entry::getKey)
			.toList();
	}

}
