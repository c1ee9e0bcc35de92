package social.murmur.users.account.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import social.murmur.contracts.mastodon.Account;

/**
 * The Mastodon {@code CredentialAccount} entity: the owner's own {@link Account} with the
 * plain-text {@code source} of what they can edit.
 */
record CredentialAccount(@JsonUnwrapped Account account, Source source) {

	/**
	 * The editable values. Murmur keeps no default visibility or sensitivity per account
	 * yet, so those are Mastodon's defaults.
	 */
	record Source(String privacy, boolean sensitive, @Nullable String language, String note, List<Account.Field> fields,
			long followRequestsCount, boolean hideCollections, boolean discoverable, boolean indexable,
			List<String> attributionDomains) {
	}

	static CredentialAccount of(Account account, social.murmur.users.account.Account profile) {
		return new CredentialAccount(account, new Source("public", false, profile.language(), profile.note(), List.of(),
				0, false, profile.discoverable(), false, List.of()));
	}

}
