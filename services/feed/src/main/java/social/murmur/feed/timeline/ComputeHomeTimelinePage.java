package social.murmur.feed.timeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.feed.source.Follows;
import social.murmur.feed.source.Statuses;

/**
 * Computes one page of a home timeline straight from the sources, for when Redis cannot
 * be reached: slower than Redis, and the same statuses.
 */
@Service
public class ComputeHomeTimelinePage {

	/**
	 * How many batches of candidates a page may look through when the reply rule or
	 * deletions thin them out; bounds the cost of a page.
	 */
	static final int MAX_ROUNDS = 4;

	private final Follows follows;

	private final Statuses statuses;

	private final int capacity;

	public ComputeHomeTimelinePage(Follows follows, Statuses statuses, HomeTimelines timelines) {
		this.follows = follows;
		this.statuses = statuses;
		this.capacity = timelines.capacity();
	}

	/** The page, newest first. */
	public List<Status> page(long accountId, IdWindow window) {
		if (window.isEmpty()) {
			return List.of();
		}
		List<Long> following = this.follows.following(accountId);
		Set<Long> followed = new HashSet<>(following);
		List<Long> authors = HomeTimelineRules.authors(accountId, following);
		int batch = window.limit() + ReadHomeTimeline.HYDRATION_SLACK;
		Map<Long, Status> admitted = new HashMap<>();
		if (window.ascending()) {
			// The posts service lists newest first; a page just above min_id is the
			// oldest
			// end of what a Redis timeline of full capacity would hold.
			List<Long> candidates = this.statuses
				.idsByAuthors(authors, window.maxIdOrZero(), window.lowerBoundOrZero(), this.capacity)
				.reversed();
			for (int from = 0, round = 0; from < candidates.size() && admitted.size() < window.limit()
					&& round < MAX_ROUNDS; from += batch, round++) {
				admit(accountId, followed, candidates.subList(from, Math.min(from + batch, candidates.size())),
						admitted);
			}
		}
		else {
			long maxId = window.maxIdOrZero();
			for (int round = 0; round < MAX_ROUNDS && admitted.size() < window.limit(); round++) {
				List<Long> candidates = this.statuses.idsByAuthors(authors, maxId, window.lowerBoundOrZero(), batch);
				admit(accountId, followed, candidates, admitted);
				if (candidates.size() < batch) {
					break;
				}
				maxId = candidates.getLast();
			}
		}
		return window.select(admitted.keySet()).stream().map(admitted::get).toList();
	}

	private void admit(long accountId, Set<Long> followed, List<Long> candidates, Map<Long, Status> admitted) {
		for (Status status : this.statuses.byIds(candidates)) {
			if (HomeTimelineRules.admits(accountId, status.getAccount().getId(), status.getInReplyToAccountId(),
					followed::contains)) {
				admitted.put(status.getId(), status);
			}
		}
	}

}
