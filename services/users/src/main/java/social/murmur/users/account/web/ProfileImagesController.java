package social.murmur.users.account.web;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.platform.identity.Identity;
import social.murmur.users.account.Account;
import social.murmur.users.account.ProfileImageKind;
import social.murmur.users.account.ResetProfileImage;
import social.murmur.users.web.Scopes;

/**
 * Mastodon's (4.2+) way back to the default avatar and header:
 * {@code DELETE /api/v1/profile/avatar} and {@code DELETE /api/v1/profile/header}, each
 * answering the owner's {@code CredentialAccount}.
 */
@RestController
@RequestMapping("/api/v1/profile")
class ProfileImagesController {

	private final ResetProfileImage resetProfileImage;

	private final AccountViews views;

	ProfileImagesController(ResetProfileImage resetProfileImage, AccountViews views) {
		this.resetProfileImage = resetProfileImage;
		this.views = views;
	}

	@DeleteMapping("/avatar")
	CredentialAccount deleteAvatar(Identity identity) {
		return reset(identity, ProfileImageKind.AVATAR);
	}

	@DeleteMapping("/header")
	CredentialAccount deleteHeader(Identity identity) {
		return reset(identity, ProfileImageKind.HEADER);
	}

	private CredentialAccount reset(Identity identity, ProfileImageKind kind) {
		long accountId = Scopes.requireAny(identity, "write:accounts").requireAccount();
		Account account = this.resetProfileImage.reset(accountId, kind);
		return CredentialAccount.of(this.views.render(account), account);
	}

}
