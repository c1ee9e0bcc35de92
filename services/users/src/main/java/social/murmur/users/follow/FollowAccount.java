package social.murmur.users.follow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountFollowed;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.outbox.Outbox;
import social.murmur.users.account.Accounts;
import social.murmur.users.account.UnknownAccount;

/**
 * Makes one account follow another. The follow, both counters and the
 * {@code AccountFollowed} event are written in one transaction. Following again changes
 * only the options given (notify, reblogs, languages) and publishes nothing, so feed and
 * notifications see each follow once.
 */
@Service
public class FollowAccount {

	private final Follows follows;

	private final Accounts accounts;

	private final Outbox outbox;

	private final IdGenerator ids;

	public FollowAccount(Follows follows, Accounts accounts, Outbox outbox, IdGenerator ids) {
		this.follows = follows;
		this.accounts = accounts;
		this.outbox = outbox;
		this.ids = ids;
	}

	/**
	 * @return the follow as it now stands
	 * @throws SelfFollowNotAllowed when both ids are the same
	 * @throws UnknownAccount when either account does not exist
	 */
	@Transactional
	public Follow follow(long followerId, long followeeId, FollowOptions options) {
		if (followerId == followeeId) {
			throw new SelfFollowNotAllowed();
		}
		requireAccount(followeeId);
		requireAccount(followerId);
		Optional<Follow> existing = this.follows.findForUpdate(followerId, followeeId);
		if (existing.isPresent()) {
			return changeOptions(existing.get(), options);
		}
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Follow candidate = new Follow(this.ids.next(), followerId, followeeId, Boolean.TRUE.equals(options.notifying()),
				!Boolean.FALSE.equals(options.reblogs()), FollowOptions.languagesOrAll(options.languages()), now);
		Optional<Follow> inserted = this.follows.insertIfAbsent(candidate);
		if (inserted.isEmpty()) {
			// Another request made the same follow between our look and our insert.
			return changeOptions(this.follows.findForUpdate(followerId, followeeId).orElseThrow(), options);
		}
		this.accounts.adjustFollowCounts(followerId, followeeId, 1);
		this.outbox.append(Topics.ACCOUNT_FOLLOWED, followerId,
				AccountFollowed.newBuilder()
					.setEventId(this.ids.next())
					.setOccurredAt(now.toEpochMilli())
					.setFollowerId(followerId)
					.setFolloweeId(followeeId)
					.setNotify(candidate.notifying())
					.build());
		return inserted.get();
	}

	private Follow changeOptions(Follow follow, FollowOptions options) {
		Follow changed = options.applyTo(follow);
		if (!changed.equals(follow)) {
			this.follows.updateOptions(changed);
		}
		return changed;
	}

	private void requireAccount(long accountId) {
		if (!this.accounts.exists(accountId)) {
			throw new UnknownAccount(accountId);
		}
	}

}
