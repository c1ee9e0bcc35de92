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
		return this.entities.account(AccountMessages.toMessage(account));
	}

}
