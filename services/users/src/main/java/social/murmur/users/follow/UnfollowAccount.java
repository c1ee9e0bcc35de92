package social.murmur.users.follow;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountUnfollowed;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.outbox.Outbox;
import social.murmur.users.account.Accounts;
import social.murmur.users.account.UnknownAccount;

/**
 * Ends a follow. The deletion, both counters and the {@code AccountUnfollowed} event are
 * written in one transaction; unfollowing an account not followed changes and publishes
 * nothing.
 */
@Service
public class UnfollowAccount {

	private final Follows follows;

	private final Accounts accounts;

	private final Outbox outbox;

	private final IdGenerator ids;

	public UnfollowAccount(Follows follows, Accounts accounts, Outbox outbox, IdGenerator ids) {
		this.follows = follows;
		this.accounts = accounts;
		this.outbox = outbox;
		this.ids = ids;
	}

	/**
	 * @return whether there was a follow to end
	 * @throws UnknownAccount when the followee does not exist
	 */
	@Transactional
	public boolean unfollow(long followerId, long followeeId) {
		if (!this.accounts.exists(followeeId)) {
			throw new UnknownAccount(followeeId);
		}
		Optional<Follow> deleted = this.follows.delete(followerId, followeeId);
		if (deleted.isEmpty()) {
			return false;
		}
		this.accounts.adjustFollowCounts(followerId, followeeId, -1);
		this.outbox.append(Topics.ACCOUNT_UNFOLLOWED, followerId,
				AccountUnfollowed.newBuilder()
					.setEventId(this.ids.next())
					.setOccurredAt(Instant.now().toEpochMilli())
					.setFollowerId(followerId)
					.setFolloweeId(followeeId)
					.build());
		return true;
	}

}
