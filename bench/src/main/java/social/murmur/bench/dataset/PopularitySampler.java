package social.murmur.bench.dataset;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws accounts to follow with Zipf weights (the r-th most popular account weighs 1/r)
 * over a random ranking of the accounts from a first index on. The head of the law is
 * clipped: no account is drawn so often that more than a given share of everyone would
 * follow it, because a pure Zipf law over 10,000 accounts would make its top account
 * followed by nearly everyone, crossing the celebrity threshold by accident.
 */
final class PopularitySampler {

	private final int[] accountByRank;

	private final double[] cumulative;

	private final SplittableRandom random;

	private PopularitySampler(int[] accountByRank, double[] cumulative, SplittableRandom random) {
		this.accountByRank = accountByRank;
		this.cumulative = cumulative;
		this.random = random;
	}

	/**
	 * @param accounts how many accounts there are
	 * @param first the first index that may be drawn (those below are placed by hand)
	 * @param draws how many draws will be made in all, to size the clipping
	 * @param headShare the largest share of accounts that may follow any one account
	 * @param random the source of randomness
	 */
	static PopularitySampler zipf(int accounts, int first, double draws, double headShare, SplittableRandom random) {
		int ranks = accounts - first;
		int[] accountByRank = new int[ranks];
		for (int rank = 0; rank < ranks; rank++) {
			accountByRank[rank] = first + rank;
		}
		for (int i = ranks - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = accountByRank[i];
			accountByRank[i] = accountByRank[j];
			accountByRank[j] = swap;
		}
		double[] weights = new double[ranks];
		for (int rank = 0; rank < ranks; rank++) {
			weights[rank] = 1.0 / (rank + 1);
		}
		// Distinct followers of an account drawn e times among n are about n(1 -
		// e^(-e/n)).
		double headDraws = -accounts * Math.log(1 - headShare);
		double clip = clip(weights, draws, headDraws);
		double[] cumulative = new double[ranks];
		double sum = 0;
		for (int rank = 0; rank < ranks; rank++) {
			sum += Math.min(weights[rank], clip);
			cumulative[rank] = sum;
		}
		return new PopularitySampler(accountByRank, cumulative, random);
	}

	/**
	 * The largest weight such that, with every weight capped at it, the top account gets
	 * at most {@code headDraws} of {@code draws}. The top's expected draws grow with the
	 * cap, so a bisection finds it.
	 */
	static double clip(double[] weights, double draws, double headDraws) {
		double high = weights[0];
		if (topDraws(weights, high, draws) <= headDraws) {
			return high;
		}
		double low = 0;
		for (int i = 0; i < 60; i++) {
			double middle = (low + high) / 2;
			if (topDraws(weights, middle, draws) > headDraws) {
				high = middle;
			}
			else {
				low = middle;
			}
		}
		return low;
	}

	private static double topDraws(double[] weights, double clip, double draws) {
		double sum = 0;
		for (double weight : weights) {
			sum += Math.min(weight, clip);
		}
		return draws * Math.min(weights[0], clip) / sum;
	}

	int next() {
		double point = this.random.nextDouble() * this.cumulative[this.cumulative.length - 1];
		int rank = Arrays.binarySearch(this.cumulative, point);
		return this.accountByRank[(rank >= 0) ? rank : Math.min(-rank - 1, this.cumulative.length - 1)];
	}

}
