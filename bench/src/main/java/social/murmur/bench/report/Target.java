package social.murmur.bench.report;

import java.util.List;

/**
 * A figure the home feed must reach (issue 3).
 *
 * @param what the figure
 * @param goal the goal, as a reader would say it
 * @param measured the figure of this run
 * @param met whether it reached the goal
 */
public record Target(String what, String goal, String measured, boolean met) {

	static List<Target> of(BenchResults results) {
		double p99 = results.home().latency().p99Millis();
		double fanOut = results.fanOut().lag().p99Millis();
		double bytes = results.memory().bytesPerEntry();
		return List.of(
				new Target("home reads / floor", ">= 0.5x", Figures.ratio(results.homeOverFloor()),
						results.homeOverFloor() >= 0.5),
				new Target("home reads / naive SQL", ">= 10x", Figures.ratio(results.homeOverNaive()),
						results.homeOverNaive() >= 10),
				new Target("home read p99 at half of peak", "<= 50 ms", Figures.millis(p99), p99 <= 50),
				new Target("fan-out lag p99, " + results.fanOut().followers() + " followers", "<= 1 s",
						Figures.millis(fanOut), fanOut <= 1000 && results.fanOut().timeouts() == 0),
				new Target("Redis bytes per timeline entry", "<= 24", Figures.number(bytes), bytes <= 24));
	}

}
