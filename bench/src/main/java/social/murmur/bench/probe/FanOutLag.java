package social.murmur.bench.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import social.murmur.bench.api.Gateway;
import social.murmur.bench.api.Member;
import social.murmur.bench.measure.LatencySummary;

/**
 * Fan-out lag: an author posts, one status at a time, and the time from each post's
 * acknowledgement until it is in its followers' home timelines is measured.
 *
 * <p>
 * Where feed keeps timelines as sorted sets under the key pattern given (its documented
 * layout), every follower's timeline is checked in Redis with pipelined {@code ZSCORE},
 * in the order fan-out writes them: the lag is until the last of them has it. Otherwise
 * (another layout, or an author merged in at read time) a sample of followers reads its
 * home timeline through the API until the status shows, and each read is a sample.
 */
public final class FanOutLag {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/**
	 * Lets the system settle between posts, so that each lag is that of one post alone.
	 */
	private static final Duration BETWEEN_POSTS = Duration.ofMillis(250);

	private static final int API_SAMPLE = 10;

	private final Gateway gateway;

	private final RedisTimelines redis;

	private final Function<Member, String> post;

	private final Consumer<String> progress;

	/**
	 * @param post posts a status by a member and answers its id once acknowledged
	 */
	public FanOutLag(Gateway gateway, RedisTimelines redis, Function<Member, String> post, Consumer<String> progress) {
		this.gateway = gateway;
		this.redis = redis;
		this.post = post;
		this.progress = progress;
	}

	/** Watches every follower's timeline in Redis where it can. */
	public Lag inRedis(Member author, List<Member> followers, int posts) {
		List<String> keys = new ArrayList<>();
		// In follower id order, the order fan-out writes them in (see
		// RedisTimelines#awaitMember).
		List<String> candidates = followers.stream()
			.sorted(java.util.Comparator.comparingLong((Member follower) -> Long.parseLong(follower.id())))
			.map((follower) -> this.redis.key(follower.id()))
			.toList();
		List<String> types = this.redis.types(candidates);
		for (int i = 0; i < candidates.size(); i++) {
			if (types.get(i).equals("zset")) {
				keys.add(candidates.get(i));
			}
		}
		if (keys.size() < followers.size() / 2) {
			this.progress.accept("fan-out lag: only " + keys.size() + " of " + followers.size()
					+ " followers have a sorted-set timeline in Redis; watching through the API instead");
			return throughApi(author, followers, posts);
		}
		List<Double> lags = new ArrayList<>();
		int timeouts = 0;
		for (int i = 0; i < posts; i++) {
			String statusId = this.post.apply(author);
			long acknowledged = System.nanoTime();
			long arrived = this.redis.awaitMember(keys, statusId, TIMEOUT);
			if (arrived < 0) {
				timeouts++;
			}
			else {
				lags.add((arrived - acknowledged) / 1e6);
			}
			Pauses.sleep(BETWEEN_POSTS);
		}
		return new Lag("redis ZSCORE, every follower's timeline", followers.size(), keys.size(), posts,
				LatencySummary.ofMillis(lags.stream().mapToDouble(Double::doubleValue).toArray()), timeouts);
	}

	/**
	 * Watches a sample of followers' home timelines through the API: what they see, also
	 * when the author is merged in at read time.
	 */
	public Lag throughApi(Member author, List<Member> followers, int posts) {
		List<Member> sample = sample(followers, API_SAMPLE);
		HomeTimelinePoller poller = new HomeTimelinePoller(this.gateway);
		List<Double> lags = new ArrayList<>();
		int timeouts = 0;
		for (int i = 0; i < posts; i++) {
			String statusId = this.post.apply(author);
			long acknowledged = System.nanoTime();
			for (double lag : poller.await(sample, statusId, acknowledged, TIMEOUT)) {
				if (lag < 0) {
					timeouts++;
				}
				else {
					lags.add(lag);
				}
			}
			Pauses.sleep(BETWEEN_POSTS);
		}
		return new Lag("API home reads by " + sample.size() + " followers", followers.size(), sample.size(), posts,
				LatencySummary.ofMillis(lags.stream().mapToDouble(Double::doubleValue).toArray()), timeouts);
	}

	/** Evenly spread over the list, so that the same followers are watched every run. */
	static List<Member> sample(List<Member> members, int size) {
		if (members.size() <= size) {
			return members;
		}
		List<Member> sample = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			sample.add(members.get((int) ((long) i * members.size() / size)));
		}
		return sample;
	}

}
