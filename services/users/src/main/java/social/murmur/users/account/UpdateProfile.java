package social.murmur.users.account;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountUpdated;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.outbox.Outbox;

/**
 * Changes a profile on its owner's request and tells the services that cache profiles
 * ({@code AccountUpdated}), but only when something actually changed.
 */
@Service
public class UpdateProfile {

	private final Accounts accounts;

	private final Outbox outbox;

	private final IdGenerator ids;

	public UpdateProfile(Accounts accounts, Outbox outbox, IdGenerator ids) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.ids = ids;
	}

	/**
	 * @return the profile after the change
	 * @throws UnknownAccount when there is no such account
	 */
	@Transactional
	public Account update(long accountId, ProfileChanges changes) {
		Account current = this.accounts.findByIdForUpdate(accountId).orElseThrow(() -> new UnknownAccount(accountId));
		Account changed = changes.applyTo(current);
		if (changed.equals(current)) {
			return current;
		}
		this.accounts.updateProfile(accountId, changed.displayName(), changed.note(), changed.locked(), changed.bot(),
				changed.discoverable(), changed.language());
		Instant now = Instant.now();
		this.outbox.append(Topics.ACCOUNT_UPDATED, accountId,
				AccountUpdated.newBuilder()
					.setEventId(this.ids.next())
					.setOccurredAt(now.toEpochMilli())
					.setAccountId(accountId)
					.build());
		return this.accounts.findById(accountId).orElseThrow(() -> new UnknownAccount(accountId));
	}

}
