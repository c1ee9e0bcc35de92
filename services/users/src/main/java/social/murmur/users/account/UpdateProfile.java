package social.murmur.users.account;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Changes a profile on its owner's request, new avatar and header included, and tells the
 * services that cache profiles ({@code AccountUpdated}) when something changed.
 *
 * <p>
 * New images are stored by media first and the account points at them only afterwards, in
 * one transaction with the other fields, so a refusal or an outage of media leaves the
 * whole profile as it was. The images the account no longer shows are discarded last,
 * best effort: if that fails, or the transaction does, an unused file stays behind (and
 * goes with the next change of that image) rather than the account pointing at a missing
 * one.
 */
@Service
public class UpdateProfile {

	private final Accounts accounts;

	private final ProfileWrites writes;

	private final ProfileImages images;

	UpdateProfile(Accounts accounts, ProfileWrites writes, ProfileImages images) {
		this.accounts = accounts;
		this.writes = writes;
		this.images = images;
	}

	/**
	 * @param changes the fields to change, already checked
	 * @param uploads new images, at most one of each kind (a later one wins), already
	 * checked for size
	 * @return the profile after the change
	 * @throws UnknownAccount when there is no such account
	 * @throws InvalidProfileImage when media refuses an image; nothing changed
	 * @throws ProfileImagesUnavailable when media cannot store an image; nothing changed
	 */
	public Account update(long accountId, ProfileChanges changes, List<ProfileImageUpload> uploads) {
		if (!uploads.isEmpty() && !this.accounts.exists(accountId)) {
			throw new UnknownAccount(accountId);
		}
		Map<ProfileImageKind, String> stored = new EnumMap<>(ProfileImageKind.class);
		for (ProfileImageUpload upload : uploads) {
			stored.put(upload.kind(), this.images.store(accountId, upload));
		}
		Account updated = this.writes.write(accountId, (current) -> {
			Account changed = changes.applyTo(current);
			for (Map.Entry<ProfileImageKind, String> image : stored.entrySet()) {
				changed = changed.withImage(image.getKey(), image.getValue());
			}
			return changed;
		});
		stored.forEach((kind, url) -> this.images.discardAllBut(accountId, kind, url));
		return updated;
	}

}
