package social.murmur.users.account.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.ApiException;
import social.murmur.platform.web.MastodonParams;
import social.murmur.users.account.Account;
import social.murmur.users.account.Accounts;
import social.murmur.users.account.ProfileChanges;
import social.murmur.users.account.ProfileImageKind;
import social.murmur.users.account.ProfileImageUpload;
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

	/**
	 * The fields come as JSON, a form or multipart; {@code avatar} and {@code header}
	 * only as multipart file parts. Every field and the size of every file are checked
	 * before anything is stored, so a refusal changes nothing.
	 */
	@PatchMapping("/update_credentials")
	CredentialAccount updateCredentials(Identity identity, @MastodonParams UpdateCredentialsParams params,
			@RequestParam(name = "avatar", required = false) @Nullable MultipartFile avatar,
			@RequestParam(name = "header", required = false) @Nullable MultipartFile header) throws IOException {
		long accountId = Scopes.requireAny(identity, "write:accounts").requireAccount();
		ProfileChanges changes = new ProfileChanges(params.displayName(), params.note(),
				Flags.parse("Locked", params.locked()), Flags.parse("Bot", params.bot()),
				Flags.parse("Discoverable", params.discoverable()),
				(params.source() != null) ? params.source().language() : null);
		if (avatar != null) {
			ProfileImageUpload.checkSize(ProfileImageKind.AVATAR, avatar.getSize());
		}
		if (header != null) {
			ProfileImageUpload.checkSize(ProfileImageKind.HEADER, header.getSize());
		}
		List<ProfileImageUpload> uploads = new ArrayList<>(2);
		if (avatar != null) {
			uploads.add(new ProfileImageUpload(ProfileImageKind.AVATAR, avatar.getBytes()));
		}
		if (header != null) {
			uploads.add(new ProfileImageUpload(ProfileImageKind.HEADER, header.getBytes()));
		}
		Account account = this.updateProfile.update(accountId, changes, uploads);
		return CredentialAccount.of(this.views.render(account), account);
	}

}
