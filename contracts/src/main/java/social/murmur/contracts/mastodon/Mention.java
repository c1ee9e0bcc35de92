package social.murmur.contracts.mastodon;

/** The Mastodon {@code Status::Mention} entity. */
public record Mention(String id, String username, String url, String acct) {
}
