package social.murmur.users.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A profile with its counters, as stored. Never rendered directly: the web and gRPC
 * adapters turn it into their own shapes.
 *
 * @param id the id auth gave the account
 * @param username the local username, in the case it was registered with
 * @param displayName the name shown instead of the username, possibly empty
 * @param note the profile text as the owner wrote it (plain text)
 * @param locked whether follows need approval (stored and shown; Murmur has no follow
 * requests yet)
 * @param bot whether the account says it is automated
 * @param discoverable whether the account may be featured in directories
 * @param language the default language of the owner's posts (ISO 639-1), if known
 * @param avatarUrl the absolute URL of the avatar media stored, null for the default
 * image
 * @param headerUrl the absolute URL of the header media stored, null for the default
 * image
 * @param createdAt when the account was created
 * @param updatedAt when the profile last changed
 * @param followersCount how many accounts follow this one
 * @param followingCount how many accounts this one follows
 * @param statusesCount how many statuses the account has
 * @param lastStatusAt when the account last posted, if ever
 */
public record Account(long id, String username, String displayName, String note, boolean locked, boolean bot,
		boolean discoverable, @Nullable String language, @Nullable String avatarUrl, @Nullable String headerUrl,
		Instant createdAt, Instant updatedAt, long followersCount, long followingCount, long statusesCount,
		@Nullable Instant lastStatusAt) {

	/** The image of that kind's URL, null for the default image. */
	public @Nullable String image(ProfileImageKind kind) {
		return switch (kind) {
			case AVATAR -> this.avatarUrl;
			case HEADER -> this.headerUrl;
		};
	}

	/** This profile with the image of that kind replaced, null for the default image. */
	Account withImage(ProfileImageKind kind, @Nullable String url) {
		return new Account(this.id, this.username, this.displayName, this.note, this.locked, this.bot,
				this.discoverable, this.language, (kind == ProfileImageKind.AVATAR) ? url : this.avatarUrl,
				(kind == ProfileImageKind.HEADER) ? url : this.headerUrl, this.createdAt, this.updatedAt,
				this.followersCount, this.followingCount, this.statusesCount, this.lastStatusAt);
	}

}
