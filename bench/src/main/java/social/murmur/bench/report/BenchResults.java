package social.murmur.bench.report;

import java.util.List;

import social.murmur.bench.measure.LatencySummary;
import social.murmur.bench.measure.LoadResult;
import social.murmur.bench.probe.Lag;
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
 * @param fanOut fan-out lag of the prominent author (fanned out on write)
 * @param celebrity lag of the celebrity (merged at read time)
 * @param postsPerSecond statuses posted per second, until fanned out
 * @param postsAcknowledgedPerSecond statuses acknowledged per second
 * @param memory Redis memory of timelines
 * @param rebuild time to rebuild a returning account's timeline
 * @param homePageStatuses mean statuses on a first home page, over a sample of viewers
 */
public record BenchResults(RunFacts run, LoadResult home, String floorEndpoint, LoadResult floor, LoadResult naive,
		List<String> naivePlan, Lag fanOut, Lag celebrity, double postsPerSecond, double postsAcknowledgedPerSecond,
		TimelineMemory.Result memory, LatencySummary rebuild, double homePageStatuses) {

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

}
