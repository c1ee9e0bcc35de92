package social.murmur.bench.dataset;

import java.time.Duration;
import java.util.List;

import social.murmur.bench.api.Member;

/**
 * The data set as loaded into the running system.
 *
 * @param spec what was generated
 * @param graph who follows whom, by member index
 * @param members every account, by index
 * @param statusIds the ids of the loaded statuses
 * @param signUps how long the sign-ups took
 * @param follows how long the follows took
 * @param warmUp how long the first home reads took (they make every account active)
 * @param posting how long until every post was acknowledged
 * @param postingStartedNanos when the first post was sent ({@link System#nanoTime()})
 */
public record LoadedDataSet(DataSetSpec spec, FollowGraph graph, List<Member> members, List<String> statusIds,
		Duration signUps, Duration follows, Duration warmUp, Duration posting, long postingStartedNanos) {

	public Member member(int index) {
		return this.members.get(index);
	}

}
