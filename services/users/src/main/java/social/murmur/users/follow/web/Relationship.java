package social.murmur.users.follow.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import social.murmur.users.follow.Follow;
import social.murmur.users.follow.Relation;

/**
 * The Mastodon {@code Relationship} entity. Murmur has no blocks, mutes, follow requests,
 * endorsements or private notes yet, so those fields are always false or empty.
 */
record Relationship(String id, boolean following, boolean showingReblogs, boolean notifying,
		@Nullable List<String> languages, boolean followedBy, boolean blocking, boolean blockedBy, boolean muting,
		boolean mutingNotifications, @Nullable String mutingExpiresAt, boolean requested, boolean requestedBy,
		boolean domainBlocking, boolean endorsed, String note) {

	static Relationship of(Relation relation) {
		Follow follow = relation.following();
		return new Relationship(Long.toString(relation.accountId()), follow != null,
				follow != null && follow.showReblogs(), follow != null && follow.notifying(),
				(follow != null) ? follow.languages() : null, relation.followedBy(), false, false, false, false, null,
				false, false, false, false, "");
	}

}
