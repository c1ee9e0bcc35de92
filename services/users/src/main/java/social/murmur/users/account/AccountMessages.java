package social.murmur.users.account;

/**
 * The protobuf {@code Account} that other services receive, and that this service's own
 * web adapter renders through the shared {@code MastodonEntities}, so that an account
 * looks the same whichever service shows it.
 */
public final class AccountMessages {

	private AccountMessages() {
	}

	/**
	 * The account as a message. An account without an avatar or header has empty URLs,
	 * which {@code MastodonEntities} shows as Mastodon's default images.
	 */
	public static social.murmur.contracts.users.v1.Account toMessage(Account account) {
		return social.murmur.contracts.users.v1.Account.newBuilder()
			.setId(account.id())
			.setUsername(account.username())
			.setDisplayName(account.displayName())
			.setNote(NoteFormatter.toHtml(account.note()))
			.setAvatarUrl((account.avatarUrl() != null) ? account.avatarUrl() : "")
			.setHeaderUrl((account.headerUrl() != null) ? account.headerUrl() : "")
			.setLocked(account.locked())
			.setBot(account.bot())
			.setDiscoverable(account.discoverable())
			.setCreatedAt(account.createdAt().toEpochMilli())
			.setFollowersCount(account.followersCount())
			.setFollowingCount(account.followingCount())
			.setStatusesCount(account.statusesCount())
			.setLastStatusAt((account.lastStatusAt() != null) ? account.lastStatusAt().toEpochMilli() : 0)
			.build();
	}

}
