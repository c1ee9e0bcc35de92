package social.murmur.bench.dataset;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Who follows whom, by index into the accounts of the data set. In-degrees (follower
 * counts) follow a power law (Zipf, exponent 1, over a random ranking of the accounts)
 * whose head is clipped below the celebrity threshold; out-degrees are spread evenly
 * between half and one and a half times the mean. Two accounts are followed by fixed
 * shares of everyone (see {@link DataSetSpec}).
 *
 * @param following for each account, the accounts it follows, without itself or
 * duplicates
 */
public record FollowGraph(int[][] following) {

	/** Generates the graph of a data set; the same spec always gives the same graph. */
	public static FollowGraph generate(DataSetSpec spec) {
		int n = spec.accounts();
		SplittableRandom random = new SplittableRandom(spec.seed());
		double designated = DataSetSpec.CELEBRITY_SHARE + DataSetSpec.PROMINENT_SHARE;
		double naturalDraws = (double) n * Math.max(0, spec.meanFollows() - designated);
		PopularitySampler popularity = PopularitySampler.zipf(n, 2, naturalDraws, DataSetSpec.NATURAL_HEAD_SHARE,
				random.split());
		int[][] following = new int[n][];
		int[] chosenBy = new int[n];
		Arrays.fill(chosenBy, -1);
		int low = (spec.meanFollows() + 1) / 2;
		int high = spec.meanFollows() * 3 / 2;
		for (int follower = 0; follower < n; follower++) {
			int degree = Math.min(n - 1, low + random.nextInt(high - low + 1));
			int[] followees = new int[degree];
			int count = 0;
			chosenBy[follower] = follower;
			if (follower != DataSetSpec.CELEBRITY && random.nextDouble() < DataSetSpec.CELEBRITY_SHARE) {
				followees[count++] = DataSetSpec.CELEBRITY;
			}
			if (follower != DataSetSpec.PROMINENT && count < degree
					&& random.nextDouble() < DataSetSpec.PROMINENT_SHARE) {
				followees[count++] = DataSetSpec.PROMINENT;
			}
			// The designated accounts are never drawn naturally, so that their follower
			// counts are exactly the shares above.
			chosenBy[DataSetSpec.CELEBRITY] = follower;
			chosenBy[DataSetSpec.PROMINENT] = follower;
			int attempts = 0;
			while (count < degree && attempts++ < 50 * degree) {
				int followee = popularity.next();
				if (chosenBy[followee] != follower) {
					chosenBy[followee] = follower;
					followees[count++] = followee;
				}
			}
			following[follower] = Arrays.copyOf(followees, count);
		}
		return new FollowGraph(following);
	}

	public int accounts() {
		return this.following.length;
	}

	public long edges() {
		long edges = 0;
		for (int[] followees : this.following) {
			edges += followees.length;
		}
		return edges;
	}

	public int[] followerCounts() {
		int[] counts = new int[accounts()];
		for (int[] followees : this.following) {
			for (int followee : followees) {
				counts[followee]++;
			}
		}
		return counts;
	}

	/** The followers of one account, in index order. */
	public int[] followersOf(int account) {
		int[] followers = new int[accounts()];
		int count = 0;
		for (int follower = 0; follower < accounts(); follower++) {
			for (int followee : this.following[follower]) {
				if (followee == account) {
					followers[count++] = follower;
					break;
				}
			}
		}
		return Arrays.copyOf(followers, count);
	}

}
