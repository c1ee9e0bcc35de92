package social.murmur.bench;

import java.nio.file.Path;
import java.util.List;

import social.murmur.bench.report.BenchResults;
import social.murmur.bench.report.ResultsReport;

/**
 * {@code ./murmur bench}: runs the benchmark and prints its results. Exits 1 if the run
 * failed or a figure is missing, 2 on bad arguments; never on slow figures (the targets
 * are reported, not enforced, since the machine decides them as much as the code).
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) {
		Path root = Path.of(System.getenv().getOrDefault("MURMUR_HOME", ".")).toAbsolutePath().normalize();
		if (List.of(args).contains("--help")) {
			System.out.print(BenchOptions.USAGE);
			return;
		}
		BenchOptions options;
		try {
			options = BenchOptions.parse(List.of(args), root);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("bench: " + ex.getMessage());
			System.err.print(BenchOptions.USAGE);
			System.exit(2);
			return;
		}
		try {
			BenchResults results = new BenchRun(options, root, (line) -> System.out.println("bench: " + line)).run();
			String markdown = ResultsReport.write(results, options.output());
			System.out.println();
			System.out.println(markdown);
			System.out.println("bench: results in " + options.output().resolve("latest.json") + " and latest.md");
			List<String> missing = ResultsReport.missing(results);
			if (!missing.isEmpty()) {
				System.err.println("bench: figures missing: " + missing);
				System.exit(1);
			}
		}
		catch (RuntimeException ex) {
			System.err.println("bench: failed: " + ex.getMessage());
			ex.printStackTrace();
			System.exit(1);
		}
		System.exit(0);
	}

}
