package social.murmur.feed.timeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.feed.source.Follows;
import social.murmur.feed.source.Statuses;

/**
 * Builds a home timeline that is not in Redis (a new account, one whose timeline was
 * lost) from the sources: the newest statuses of the accounts it follows and its own,
 * less the replies {@link HomeTimelineRules} keeps out. The timeline is marked built even
 * when empty, so that reading an empty timeline does not rebuild it every time. It holds
 * celebrities' statuses too (merging them in again when read changes nothing), so it is
 * complete however many followers an author has now.
 */
@Service
public class BuildHomeTimeline {

	private final HomeTimelines timelines;

	private final Follows follows;

	private final Statuses statuses;

	private final FollowedCelebrities celebrities;

	public BuildHomeTimeline(HomeTimelines timelines, Follows follows, Statuses statuses,
			FollowedCelebrities celebrities) {
		this.timelines = timelines;
		this.follows = follows;
		this.statuses = statuses;
		this.celebrities = celebrities;
	}

	/** Builds and stores the timeline; returns the ids stored, newest first. */
	public List<Long> build(long accountId) {
		this.timelines.markBuilding(accountId);
		List<Long> following = this.follows.following(accountId);
		Set<Long> followed = new HashSet<>(following);
		List<Long> ids = this.statuses.idsByAuthors(HomeTimelineRules.authors(accountId, following), 0, 0,
				this.timelines.capacity());
		// The reply rule needs each status's reply target, which only the statuses carry.
		List<Long> admitted = this.statuses.byIds(ids)
			.stream()
			.filter((status) -> HomeTimelineRules.admits(accountId, status.getAccount().getId(),
					status.getInReplyToAccountId(), followed::contains))
			.map(Status::getId)
			.toList();
		this.timelines.store(accountId, admitted);
		// Whom the account follows is at hand: the first read needs not ask again.
		this.celebrities.remember(accountId, following);
		return admitted;
	}

}
