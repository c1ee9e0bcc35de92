package social.murmur.bench.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import social.murmur.bench.measure.LatencySummary;
import social.murmur.bench.measure.LoadResult;
import social.murmur.bench.probe.Lag;
import social.murmur.bench.probe.ReadsWhilePosting;
import social.murmur.bench.probe.TimelineMemory;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsReportTest {

	static BenchResults results(double homeRps, double homeP99, double fanOutP99, double bytes) {
		RunFacts run = new RunFacts(Instant.parse("2026-11-23T10:00:00Z"), "default", 2, 10_000, 1_000_000, 200_000,
				7_000, Duration.ofSeconds(300), Duration.ofSeconds(900), Duration.ofSeconds(20),
				Duration.ofSeconds(400), Duration.ofSeconds(420), 64, Duration.ofSeconds(30), "-Xmx1g");
		LoadResult home = new LoadResult("home", homeRps, new LatencySummary(1000, 20, 60, 80), 0,
				List.of(homeRps - 100, homeRps + 100), homeRps / 2, new LatencySummary(1000, 8, homeP99, 90), 0);
		LoadResult floor = new LoadResult("floor", 2000, new LatencySummary(1000, 10, 20, 30), 0,
				List.of(2000.0, 2000.0), 1000, new LatencySummary(1000, 3, 9, 12), 0);
		LoadResult naive = new LoadResult("naive", 100, new LatencySummary(1000, 200, 400, 500), 0,
				List.of(100.0, 100.0), 50, new LatencySummary(1000, 30, 90, 120), 0);
		Lag fanOut = new Lag("redis", 5000, 5000, 20, LatencySummary.ofMillis(200, 300, fanOutP99), 0);
		Lag busy = new Lag("redis", 5000, 5000, 20, LatencySummary.ofMillis(250, 400, fanOutP99 * 2), 0);
		Lag celebrity = new Lag("api", 9000, 10, 6, LatencySummary.ofMillis(15, 25), 0);
		return new BenchResults(run, home, "/api/v1/apps/verify_credentials", floor, naive, List.of("Limit"), fanOut,
				busy, 225, celebrity, 450, 520, new TimelineMemory.Result(bytes, 100, 800, "zset", "7.0.15"),
				LatencySummary.ofMillis(120), 19.5, new ReadsWhilePosting.Result(homeRps / 4,
						new LatencySummary(1000, 4, 12, 20), 0, new LatencySummary(1000, 6, 35, 60), 2, 56, 1));
	}

	@Test
	void writesTheFiguresTheIssueAsksForUnderFlatKeys() {
		Map<String, Object> json = ResultsReport.json(results(1500, 30, 800, 20));
		assertThat(json).containsKeys("home_read_rps", "home_read_p50_ms", "home_read_p99_ms", "floor_rps",
				"naive_pull_rps", "fanout_lag_p50_ms", "fanout_lag_p99_ms", "celebrity_lag_p99_ms", "posts_per_s",
				"redis_bytes_per_entry", "rebuild_ms", "cores", "accounts", "follows", "posts", "date",
				"load_duration_s");
		assertThat(json.get("home_read_rps")).isEqualTo(1500.0);
		assertThat(json.get("home_over_floor")).isEqualTo(0.75);
		assertThat(json.get("home_over_naive")).isEqualTo(15.0);
		assertThat(json.get("floor_over_naive")).isEqualTo(20.0);
		assertThat(json.get("measurement_rounds")).isEqualTo(2);
		assertThat(json.get("fanout_busy_lag_p99_ms")).isEqualTo(1600.0);
		assertThat(json.get("fanout_busy_others_posts_per_s")).isEqualTo(225.0);
		assertThat(json.get("home_read_round_rps")).isEqualTo(List.of(1400.0, 1600.0));
		assertThat(json.get("home_over_floor_min")).isEqualTo(0.7);
		assertThat(json.get("home_over_floor_max")).isEqualTo(0.8);
		assertThat(json.get("home_over_naive_min")).isEqualTo(14.0);
		assertThat(json.get("home_over_naive_max")).isEqualTo(16.0);
		assertThat(json.get("redis_version")).isEqualTo("7.0.15");
		assertThat(json.get("home_read_mixed_rate_rps")).isEqualTo(375.0);
		assertThat(json.get("home_read_alone_p99_ms")).isEqualTo(12.0);
		assertThat(json.get("home_read_while_posting_p50_ms")).isEqualTo(6.0);
		assertThat(json.get("home_read_while_posting_p99_ms")).isEqualTo(35.0);
		assertThat(json.get("home_read_while_posting_others_posts_per_s")).isEqualTo(56.0);
		assertThat(json.get("home_read_while_posting_errors")).isEqualTo(2L);
		assertThat(json.get("load_duration_s")).isEqualTo(1640.0);
		assertThat(json.get("targets_met")).isEqualTo(true);
	}

	@Test
	void marksEachMissedTarget() {
		String markdown = ResultsReport.markdown(results(800, 70, 1500, 100));
		assertThat(markdown).contains("| home reads / floor | >= 0.5x | 0.40x | **missed** |")
			.contains("| home reads / naive SQL | >= 10x | 8.00x | **missed** |")
			.contains("| home read p99 at half of peak | <= 50 ms | 70 ms | **missed** |")
			.contains("| fan-out lag p99, 5000 followers | <= 1 s | 1500 ms | **missed** |")
			.contains("| Redis bytes per timeline entry | <= 24 | 100.0 | **missed** |");
		assertThat(ResultsReport.json(results(800, 70, 1500, 100)).get("targets_met")).isEqualTo(false);
	}

	@Test
	void reportsMetTargetsAndTheRatios() {
		String markdown = ResultsReport.markdown(results(1500, 30, 800, 20));
		assertThat(markdown).doesNotContain("missed")
			.contains("Home / floor: **0.75x** (0.70x to 0.80x in the 2 rounds). Home / naive: **15.00x** (14.00x "
					+ "to 16.00x), where floor / naive is 20.00x")
			.contains("Warm-up and peaks run in 2 rounds, the endpoints taking turns (15.0 s each at the peak)")
			.contains("| home timeline, limit 20, through the gateway | 1,500/s | 8.00 ms | 30 ms | 750/s | 0 |")
			.contains("| fan-out lag, 5000 followers, while other accounts post 225/s | 400 ms | 1600 ms | 3 |")
			.contains("Home reads at 375/s (25% of their peak), at the end of the run: p50 4.00 ms and p99 12 ms "
					+ "alone; p50 6.00 ms and p99 35 ms while other accounts post 56/s (2 reads and 1 posts failed).");
	}

	@Test
	void writesNullForAFigureThatWasNotProducedAndNamesIt() {
		BenchResults results = results(1500, Double.NaN, 800, 20);
		assertThat(ResultsReport.json(results).get("home_read_p99_ms")).isNull();
		assertThat(ResultsReport.missing(results)).containsExactly("home_read_p99_ms");
		assertThat(ResultsReport.missing(results(1500, 30, 800, 20))).isEmpty();
	}

	@Test
	void writesJsonAndMarkdownIntoTheFolder(@TempDir Path folder) throws Exception {
		ResultsReport.write(results(1500, 30, 800, 20), folder);
		assertThat(Files.readString(folder.resolve("latest.json"))).contains("\"home_read_rps\" : 1500.0");
		assertThat(Files.readString(folder.resolve("latest.md"))).startsWith("# Murmur benchmark: 2026-11-23");
	}

}
