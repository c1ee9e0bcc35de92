package social.murmur.feed.fanout;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.feed.timeline.HomeTimelineRules;

/** Whose home timelines a published status goes into. */
final class Audience {

	private Audience() {
	}

	/**
	 * Direct statuses go only to their author and the accounts they mention, never to
	 * followers.
	 */
	static boolean isDirect(StatusPublished status) {
		return "direct".equals(status.getVisibility());
	}

	/** The author and the mentioned accounts of a direct status. */
	static Set<Long> ofDirect(StatusPublished status) {
		Set<Long> audience = new LinkedHashSet<>();
		audience.add(status.getAuthorId());
		status.getMentionedAccountIdsList().stream().filter((id) -> id > 0).forEach(audience::add);
		return audience;
	}

	/**
	 * The account a status replies to when that is someone other than its author, or
	 * zero: only then are followers filtered.
	 */
	static long repliedToOther(StatusPublished status) {
		long repliedTo = status.getInReplyToAccountId();
		return (repliedTo != 0 && repliedTo != status.getAuthorId()) ? repliedTo : 0;
	}

	/**
	 * Of a page of the author's followers, those who get a reply to {@code repliedTo}:
	 * the ones who follow that account too, and that account itself.
	 * @param followersOfRepliedTo the followers of {@code repliedTo}, at least those in
	 * the id range of the page
	 */
	static List<Long> ofReply(long authorId, long repliedTo, List<Long> followers,
			Collection<Long> followersOfRepliedTo) {
		// The rule only ever asks whether the follower follows repliedTo, which is what
		// membership in followersOfRepliedTo says.
		return followers.stream()
			.filter((follower) -> HomeTimelineRules.admits(follower, authorId, repliedTo,
					(account) -> followersOfRepliedTo.contains(follower)))
			.toList();
	}

}
