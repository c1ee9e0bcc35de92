package social.murmur.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchOptionsTest {

	private static final Path ROOT = Path.of("/repo");

	@Test
	void defaultsToTheBenchmarkOfTheIssue() {
		BenchOptions options = BenchOptions.parse(List.of(), ROOT);
		assertThat(options.preset()).isEqualTo("default");
		assertThat(options.dataSet().accounts()).isEqualTo(10_000);
		assertThat(options.dataSet().meanFollows()).isEqualTo(100);
		assertThat(options.dataSet().posts()).isEqualTo(200_000);
		assertThat(options.dataSet().celebrityThreshold()).isEqualTo(7_000);
		assertThat(options.output()).isEqualTo(Path.of("/repo/bench/results"));
		assertThat(options.warmUp()).isEqualTo(Duration.ofSeconds(30));
		assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void smokeWritesUnderTargetNotOverTheLatestResults() {
		BenchOptions options = BenchOptions.parse(List.of("--smoke"), ROOT);
		assertThat(options.preset()).isEqualTo("smoke");
		assertThat(options.output()).isEqualTo(Path.of("/repo/bench/target/smoke"));
		assertThat(options.dataSet().accounts()).isLessThan(1000);
	}

	@Test
	void scalesDownWithOptions() {
		BenchOptions options = BenchOptions.parse(
				List.of("--accounts", "2000", "--posts", "20000", "--duration", "10", "--clients", "32", "--keep-data"),
				ROOT);
		assertThat(options.preset()).isEqualTo("custom");
		assertThat(options.dataSet().accounts()).isEqualTo(2000);
		assertThat(options.dataSet().posts()).isEqualTo(20_000);
		assertThat(options.duration()).isEqualTo(Duration.ofSeconds(10));
		assertThat(options.clients()).isEqualTo(32);
		assertThat(options.keepData()).isTrue();
	}

	@Test
	void rejectsUnknownOrIncompleteOptions() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse(List.of("--fast"), ROOT));
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse(List.of("--accounts"), ROOT));
		assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse(List.of("--posts", "0"), ROOT));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchOptions.parse(List.of("--timeline-key", "timeline"), ROOT));
	}

}
