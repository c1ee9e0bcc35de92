package social.murmur.users.account;

import org.springframework.stereotype.Service;

/**
 * Puts the default avatar or header back (Mastodon's
 * {@code DELETE /api/v1/profile/avatar} and {@code /header}) and has media delete the
 * account's stored images of that kind.
 */
@Service
public class ResetProfileImage {

	private final ProfileWrites writes;

	private final ProfileImages images;

	ResetProfileImage(ProfileWrites writes, ProfileImages images) {
		this.writes = writes;
		this.images = images;
	}

	/**
	 * Resets the image; publishes {@code AccountUpdated} only if the account had one. The
	 * stored images are discarded in any case, best effort, which also removes any left
	 * behind by failed changes.
	 * @return the profile after the change
	 * @throws UnknownAccount when there is no such account
	 */
	public Account reset(long accountId, ProfileImageKind kind) {
		Account updated = this.writes.write(accountId, (current) -> current.withImage(kind, null));
		this.images.discardAllBut(accountId, kind, "");
		return updated;
	}

}
