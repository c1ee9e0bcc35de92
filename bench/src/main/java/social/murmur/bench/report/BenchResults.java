package social.murmur.bench.report;

import java.util.ArrayList;
import java.util.List;

import social.murmur.bench.measure.LatencySummary;
import social.murmur.bench.measure.LoadResult;
import social.murmur.bench.probe.Lag;
import social.murmur.bench.probe.ReadsWhilePosting;
import social.murmur.bench.probe.TimelineMemory;

/**
 * Every figure of one run.
 *
 * @param run what the run was
 * @param home home timeline reads through the gateway
 * @param floorEndpoint the endpoint measured as the floor
 * @param floor the floor: the cheapest authenticated endpoint of the gateway
 * @param naive the naive reference: the home timeline as one SQL query
 * @param naivePlan PostgreSQL's plan of the naive query
 * @param fanOut fan-out lag of the prominent author (fanned out on write), posting alone
 * @param fanOutBusy the same while ordinary accounts post in the background
 * @param othersPostsPerSecond the rate at which they posted meanwhile
 * @param celebrity lag of the celebrity (merged at read time)
 * @param postsPerSecond statuses posted per second, until fanned out
 * @param postsAcknowledgedPerSecond statuses acknowledged per second
 * @param memory Redis memory of timelines
 * @param rebuild time to rebuild a returning account's timeline
 * @param homePageStatuses mean statuses on a first home page, over a sample of viewers
 * @param homeWhilePosting home reads at a fixed rate, alone and while others post
 */
public record BenchResults(RunFacts run, LoadResult home, String floorEndpoint, LoadResult floor, LoadResult naive,
		List<String> naivePlan, Lag fanOut, Lag fanOutBusy, double othersPostsPerSecond, Lag celebrity,
		double postsPerSecond, double postsAcknowledgedPerSecond, TimelineMemory.Result memory, LatencySummary rebuild,
		double homePageStatuses, ReadsWhilePosting.Result homeWhilePosting) {

	/** How many rounds the peaks were measured in (see {@code LoadProfile}). */
	public int rounds() {
		return this.home.roundRps().size();
	}

	public double homeOverFloor() {
		return this.home.peakRps() / this.floor.peakRps();
	}

	public double homeOverNaive() {
		return this.home.peakRps() / this.naive.peakRps();
	}

	/**
	 * The most home/naive could be in this run: a home read passes the same gateway,
	 * token check and client as the floor and does more behind them (ADR 0008).
	 */
	public double floorOverNaive() {
		return this.floor.peakRps() / this.naive.peakRps();
	}

	/**
	 * Home / floor in each round of the peaks, where both met the same machine: their
	 * spread is the noise of the run, from the machine and from the services' own upkeep.
	 */
	public List<Double> homeOverFloorRounds() {
		return ratios(this.home, this.floor);
	}

	/** Home / naive in each round of the peaks. */
	public List<Double> homeOverNaiveRounds() {
		return ratios(this.home, this.naive);
	}

	private static List<Double> ratios(LoadResult numerator, LoadResult denominator) {
		List<Double> ratios = new ArrayList<>();
		for (int i = 0; i < Math.min(numerator.roundRps().size(), denominator.roundRps().size()); i++) {
			ratios.add(numerator.roundRps().get(i) / denominator.roundRps().get(i));
		}
		return List.copyOf(ratios);
	}

}
