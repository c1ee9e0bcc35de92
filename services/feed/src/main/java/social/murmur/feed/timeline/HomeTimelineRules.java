package social.murmur.feed.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * What belongs in a home timeline besides "statuses by accounts you follow, and yours".
 * The one rule, as in Mastodon and Twitter: a reply to another account shows only to
 * those who follow that account too (and to that account itself), so that one side of a
 * conversation between strangers does not flood a timeline. Fan-out, rebuilds and reads
 * without Redis all apply it, so a timeline looks the same however it was made.
 */
public final class HomeTimelineRules {

	private HomeTimelineRules() {
	}

	/**
	 * Whether a status by {@code authorId}, replying to {@code inReplyToAccountId} (zero
	 * when it is no reply), belongs in the home timeline of {@code viewerId}, who follows
	 * the author or is the author.
	 * @param viewerFollows whether the viewer follows a given account
	 */
	public static boolean admits(long viewerId, long authorId, long inReplyToAccountId, LongPredicate viewerFollows) {
		if (viewerId == authorId || inReplyToAccountId == 0 || inReplyToAccountId == authorId
				|| inReplyToAccountId == viewerId) {
			return true;
		}
		return viewerFollows.test(inReplyToAccountId);
	}

	/**
	 * The accounts whose statuses make up a home timeline: those followed, and oneself.
	 */
	public static List<Long> authors(long viewerId, Collection<Long> following) {
		LinkedHashSet<Long> authors = new LinkedHashSet<>(following);
		authors.add(viewerId);
		return new ArrayList<>(authors);
	}

}
