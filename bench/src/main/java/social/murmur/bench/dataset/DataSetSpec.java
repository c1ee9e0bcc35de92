package social.murmur.bench.dataset;

/**
 * What to generate. Two accounts are placed on purpose around the celebrity threshold,
 * both as shares of all accounts so that a scaled-down run keeps the same shape: a
 * celebrity followed by 90% of the accounts (above the threshold, so merged at read time)
 * and a prominent author followed by half of them (below it, so fanned out on write, the
 * costliest fan-out there is). The threshold sits at 70%, and the natural head of the
 * power law is clipped at 30%, so that only the celebrity crosses it.
 *
 * @param accounts how many accounts sign up
 * @param meanFollows how many accounts each follows, on average
 * @param posts how many statuses are posted
 * @param seed seed of every random choice, so that two runs load the same data
 */
public record DataSetSpec(int accounts, int meanFollows, int posts, long seed) {

	public static final int CELEBRITY = 0;

	public static final int PROMINENT = 1;

	static final double CELEBRITY_SHARE = 0.9;

	static final double PROMINENT_SHARE = 0.5;

	static final double THRESHOLD_SHARE = 0.7;

	static final double NATURAL_HEAD_SHARE = 0.3;

	public DataSetSpec {
		if (accounts < 20) {
			throw new IllegalArgumentException("At least 20 accounts, not " + accounts);
		}
		if (meanFollows < 2 || meanFollows > accounts / 4) {
			throw new IllegalArgumentException(
					"Mean follows must be between 2 and a quarter of the accounts, not " + meanFollows);
		}
		if (posts < 1) {
			throw new IllegalArgumentException("At least one post");
		}
	}

	/** The follower count above which the feed merges an author in at read time. */
	public int celebrityThreshold() {
		return (int) Math.round(this.accounts * THRESHOLD_SHARE);
	}

}
