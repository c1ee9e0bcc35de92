package social.murmur.bench.dataset;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class FollowGraphTest {

	private static final DataSetSpec TEN_THOUSAND = new DataSetSpec(10_000, 100, 200_000, 42);

	private static final FollowGraph GRAPH = FollowGraph.generate(TEN_THOUSAND);

	@Test
	void averagesTheRequestedNumberOfFollows() {
		assertThat((double) GRAPH.edges() / GRAPH.accounts()).isCloseTo(100, within(2.0));
	}

	@Test
	void placesTheCelebrityAboveTheThresholdAndTheProminentAuthorAtHalfOfEveryone() {
		int[] followers = GRAPH.followerCounts();
		assertThat(TEN_THOUSAND.celebrityThreshold()).isEqualTo(7_000);
		assertThat(followers[DataSetSpec.CELEBRITY]).isBetween(8_800, 9_200);
		assertThat(followers[DataSetSpec.PROMINENT]).isBetween(4_800, 5_200);
	}

	@Test
	void keepsEveryOtherAccountWellBelowTheThreshold() {
		int[] followers = GRAPH.followerCounts();
		int naturalMax = Arrays.stream(followers, 2, followers.length).max().orElseThrow();
		assertThat(naturalMax).isLessThan(4_000).isGreaterThan(2_000);
	}

	@Test
	void followerCountsFollowAPowerLaw() {
		int[] natural = Arrays.stream(GRAPH.followerCounts(), 2, GRAPH.accounts()).sorted().toArray();
		int median = natural[natural.length / 2];
		int top1Percent = natural[natural.length * 99 / 100];
		// A heavy tail: the top percent has many times the median's followers, and many
		// have few.
		assertThat(top1Percent).isGreaterThan(10 * median);
		assertThat(natural[natural.length / 10]).isLessThan(median);
	}

	@Test
	void neverFollowsItselfOrTheSameAccountTwice() {
		for (int follower = 0; follower < GRAPH.accounts(); follower++) {
			int[] followees = GRAPH.following()[follower];
			Set<Integer> distinct = new HashSet<>();
			for (int followee : followees) {
				assertThat(followee).isNotEqualTo(follower).isBetween(0, GRAPH.accounts() - 1);
				assertThat(distinct.add(followee)).isTrue();
			}
		}
	}

	@Test
	void generatesTheSameGraphFromTheSameSeed() {
		FollowGraph again = FollowGraph.generate(TEN_THOUSAND);
		assertThat(again.following()).isDeepEqualTo(GRAPH.following());
		FollowGraph other = FollowGraph.generate(new DataSetSpec(10_000, 100, 200_000, 7));
		assertThat(java.util.Arrays.deepEquals(other.following(), GRAPH.following())).isFalse();
	}

	@Test
	void keepsItsShapeWhenScaledDown() {
		DataSetSpec small = new DataSetSpec(300, 20, 3_000, 42);
		FollowGraph graph = FollowGraph.generate(small);
		int[] followers = graph.followerCounts();
		assertThat((double) graph.edges() / graph.accounts()).isCloseTo(20, within(1.5));
		assertThat(followers[DataSetSpec.CELEBRITY]).isGreaterThan(small.celebrityThreshold());
		assertThat(followers[DataSetSpec.PROMINENT]).isBetween(120, 180).isLessThan(small.celebrityThreshold());
		assertThat(Arrays.stream(followers, 2, followers.length).max().orElseThrow())
			.isLessThan(small.celebrityThreshold());
	}

	@Test
	void listsTheFollowersOfAnAccount() {
		int[] followers = GRAPH.followersOf(DataSetSpec.PROMINENT);
		assertThat(followers).hasSize(GRAPH.followerCounts()[DataSetSpec.PROMINENT]).isSorted();
		assertThat(GRAPH.following()[followers[0]]).contains(DataSetSpec.PROMINENT);
	}

	@Test
	void rejectsDataSetsTooSmallForItsShape() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DataSetSpec(10, 2, 10, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new DataSetSpec(100, 50, 10, 1));
	}

	@Test
	void shufflesEveryFollowExactlyOnce() {
		FollowGraph graph = FollowGraph.generate(new DataSetSpec(300, 20, 3_000, 42));
		var edges = LoadDataSet.shuffledEdges(graph, 42);
		assertThat(edges).hasSize((int) graph.edges());
		assertThat(edges.stream().map((edge) -> edge[0] + ">" + edge[1]).distinct().count()).isEqualTo(graph.edges());
	}

}
