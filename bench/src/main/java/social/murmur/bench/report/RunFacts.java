package social.murmur.bench.report;

import java.time.Duration;
import java.time.Instant;

/**
 * What a run was: when, where, on how much data, and how long loading it took.
 *
 * @param date when the run started
 * @param preset the preset's name ({@code default}, {@code smoke} or {@code custom})
 * @param cores processors available to the JVM (shared by every process of the system and
 * the load generator)
 * @param accounts accounts signed up
 * @param follows follows made
 * @param posts statuses posted while loading
 * @param celebrityThreshold the follower count above which authors are merged at read
 * time ({@code MURMUR_FEED_CELEBRITY_THRESHOLD})
 * @param signUps how long the sign-ups took
 * @param followsTook how long the follows took
 * @param firstReads how long the first home reads took
 * @param posting how long until every post was acknowledged
 * @param fanOutDrained how long from the first post until feed had fanned out the last
 * @param clients concurrent clients of the peak measurements
 * @param duration length of each measurement
 * @param javaOptions JVM options of the services
 */
public record RunFacts(Instant date, String preset, int cores, int accounts, long follows, int posts,
		int celebrityThreshold, Duration signUps, Duration followsTook, Duration firstReads, Duration posting,
		Duration fanOutDrained, int clients, Duration duration, String javaOptions) {

	/** From the first sign-up until the last post was fanned out. */
	public Duration loading() {
		return this.signUps.plus(this.followsTook).plus(this.firstReads).plus(this.fanOutDrained);
	}

}
