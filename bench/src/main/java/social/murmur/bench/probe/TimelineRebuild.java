package social.murmur.bench.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import social.murmur.bench.api.Gateway;
import social.murmur.bench.api.Member;
import social.murmur.bench.api.Reply;
import social.murmur.bench.measure.LatencySummary;

/**
 * The cost of a returning account: its timeline keys are deleted from Redis (as they are
 * for accounts not seen for a long time), and its next home read is timed until it
 * answers 200 with statuses. A 206 (Mastodon's "still regenerating") or an empty page is
 * read again.
 */
public final class TimelineRebuild {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final Gateway gateway;

	private final RedisTimelines redis;

	public TimelineRebuild(Gateway gateway, RedisTimelines redis) {
		this.gateway = gateway;
		this.redis = redis;
	}

	/**
	 * @return milliseconds until each account's home answered with statuses
	 */
	public LatencySummary measure(List<Member> returning) {
		List<Double> millis = new ArrayList<>();
		for (Member member : returning) {
			this.redis.deleteAccountKeys(member.id());
			long started = System.nanoTime();
			long deadline = started + TIMEOUT.toNanos();
			while (true) {
				Reply page = this.gateway.get("/api/v1/timelines/home?limit=20", member.token());
				if (page.ok() && page.body().startsWith("[{")) {
					millis.add((System.nanoTime() - started) / 1e6);
					break;
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The home timeline of " + member.username()
							+ " was not rebuilt within " + TIMEOUT + "; last answer " + page.status());
				}
				Pauses.sleep(Duration.ofMillis(5));
			}
		}
		return LatencySummary.ofMillis(millis.stream().mapToDouble(Double::doubleValue).toArray());
	}

}
