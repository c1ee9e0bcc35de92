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
 * @param createdAt when the account was created
 * @param updatedAt when the profile last changed
 * @param followersCount how many accounts follow this one
 * @param followingCount how many accounts this one follows
 * @param statusesCount how many statuses the account has
 * @param lastStatusAt when the account last posted, if ever
 */
public record Account(long id, String username, String displayName, String note, boolean locked, boolean bot,
		boolean discoverable, @Nullable String language, Instant createdAt, Instant updatedAt, long followersCount,
		long followingCount, long statusesCount, @Nullable Instant lastStatusAt) {

}
