package social.murmur.users.account;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountUpdated;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.outbox.Outbox;

/**
 * Writes a change of a profile and, in the same transaction, the {@code AccountUpdated}
 * event that tells the services caching profiles to read it again; nothing at all when
 * the change changes nothing. Shared by the use cases that edit a profile.
 */
@Component
class ProfileWrites {

	private final Accounts accounts;

	private final Outbox outbox;

	private final IdGenerator ids;

	ProfileWrites(Accounts accounts, Outbox outbox, IdGenerator ids) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.ids = ids;
	}

	/**
	 * Applies the change to the profile as stored, holding its row until the commit so
	 * that concurrent edits do not undo each other.
	 * @return the profile after the change
	 * @throws UnknownAccount when there is no such account
	 */
	@Transactional
	public Account write(long accountId, UnaryOperator<Account> change) {
		Account current = this.accounts.findByIdForUpdate(accountId).orElseThrow(() -> new UnknownAccount(accountId));
		Account changed = change.apply(current);
		if (changed.equals(current)) {
			return current;
		}
		this.accounts.updateProfile(changed);
		this.outbox.append(Topics.ACCOUNT_UPDATED, accountId,
				AccountUpdated.newBuilder()
					.setEventId(this.ids.next())
					.setOccurredAt(Instant.now().toEpochMilli())
					.setAccountId(accountId)
					.build());
		return this.accounts.findById(accountId).orElseThrow(() -> new UnknownAccount(accountId));
	}

}
