package social.murmur.users.account.web;

import org.springframework.stereotype.Component;
import social.murmur.contracts.mastodon.Account;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.users.account.AccountMessages;

/**
 * Renders profiles as Mastodon {@code Account} entities through the shared
 * {@link MastodonEntities}, exactly as other services render the same account.
 */
@Component
public class AccountViews {

	private final MastodonEntities entities;

	public AccountViews(MastodonEntities entities) {
		this.entities = entities;
	}

	public Account render(social.murmur.users.account.Account account) {
		Account rendered = this.entities.account(AccountMessages.toMessage(account));
		if (rendered.discoverable() == account.discoverable()) {
			return rendered;
		}
		// The shared message has no discoverable flag (other services show every account
		// as discoverable); the owner's own service knows better.
		return new Account(rendered.id(), rendered.username(), rendered.acct(), rendered.displayName(),
				rendered.locked(), rendered.bot(), account.discoverable(), rendered.group(), rendered.createdAt(),
				rendered.note(), rendered.url(), rendered.uri(), rendered.avatar(), rendered.avatarStatic(),
				rendered.header(), rendered.headerStatic(), rendered.followersCount(), rendered.followingCount(),
				rendered.statusesCount(), rendered.lastStatusAt(), rendered.emojis(), rendered.fields());
	}

}
