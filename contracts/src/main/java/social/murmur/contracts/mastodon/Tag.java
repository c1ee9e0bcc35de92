package social.murmur.contracts.mastodon;

/** The Mastodon {@code Status::Tag} entity. */
public record Tag(String name, String url) {
}
