package social.murmur.users.account.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.ApiException;
import social.murmur.platform.web.MastodonParams;
import social.murmur.users.account.Account;
import social.murmur.users.account.Accounts;
import social.murmur.users.account.ProfileChanges;
import social.murmur.users.account.UpdateProfile;
import social.murmur.users.web.Flags;
import social.murmur.users.web.Scopes;

/**
 * The signed-in account's own profile: {@code verify_credentials} and
 * {@code update_credentials}.
 */
@RestController
@RequestMapping("/api/v1/accounts")
class CredentialsController {

	private final Accounts accounts;

	private final UpdateProfile updateProfile;

	private final AccountViews views;

	CredentialsController(Accounts accounts, UpdateProfile updateProfile, AccountViews views) {
		this.accounts = accounts;
		this.updateProfile = updateProfile;
		this.views = views;
	}

	@GetMapping("/verify_credentials")
	CredentialAccount verifyCredentials(Identity identity) {
		long accountId = Scopes.requireAny(identity, "read:accounts", "profile").requireAccount();
		Account account = this.accounts.findById(accountId).orElseThrow(ApiException::notFound);
		return CredentialAccount.of(this.views.render(account), account);
	}

	@PatchMapping("/update_credentials")
	CredentialAccount updateCredentials(Identity identity, @MastodonParams UpdateCredentialsParams params) {
		long accountId = Scopes.requireAny(identity, "write:accounts").requireAccount();
		ProfileChanges changes = new ProfileChanges(params.displayName(), params.note(),
				Flags.parse("Locked", params.locked()), Flags.parse("Bot", params.bot()),
				Flags.parse("Discoverable", params.discoverable()),
				(params.source() != null) ? params.source().language() : null);
		Account account = this.updateProfile.update(accountId, changes);
		return CredentialAccount.of(this.views.render(account), account);
	}

}
