package social.murmur.users.account;

import org.jspecify.annotations.Nullable;

/**
 * What the owner asked to change in a profile; a null field stays as it is.
 *
 * @param displayName the new display name
 * @param note the new note, as plain text
 * @param locked whether follows need approval
 * @param bot whether the account is automated
 * @param discoverable whether the account may be featured in directories
 * @param language the default posting language, an ISO 639-1 code, or empty to clear it
 */
public record ProfileChanges(@Nullable String displayName, @Nullable String note, @Nullable Boolean locked,
		@Nullable Boolean bot, @Nullable Boolean discoverable, @Nullable String language) {

	/**
	 * Cleans the texts and checks every field against {@link ProfileRules}.
	 * @throws InvalidProfile naming the first field that breaks a rule
	 */
	public ProfileChanges {
		if (displayName != null) {
			displayName = ProfileRules.checkDisplayName(ProfileRules.clean(displayName.strip()));
		}
		if (note != null) {
			note = ProfileRules.checkNote(ProfileRules.clean(note.strip()));
		}
		if (language != null) {
			language = language.strip();
			if (!language.isEmpty()) {
				ProfileRules.checkLanguage(language);
			}
		}
	}

	/** The given profile with these changes made, or the same one if nothing changes. */
	Account applyTo(Account account) {
		String newLanguage = (this.language == null) ? account.language()
				: (this.language.isEmpty() ? null : this.language);
		return new Account(account.id(), account.username(), or(this.displayName, account.displayName()),
				or(this.note, account.note()), or(this.locked, account.locked()), or(this.bot, account.bot()),
				or(this.discoverable, account.discoverable()), newLanguage, account.avatarUrl(), account.headerUrl(),
				account.createdAt(), account.updatedAt(), account.followersCount(), account.followingCount(),
				account.statusesCount(), account.lastStatusAt());
	}

	private static <T> T or(@Nullable T value, T otherwise) {
		return (value != null) ? value : otherwise;
	}

}
