/**
 * Mastodon API entities (docs.joinmastodon.org, "Entities") shared by every service that
 * renders them, and the one mapper from the internal protobuf messages to them. Property
 * names are snake_case on the wire.
 */
@NullMarked
package social.murmur.contracts.mastodon;

import org.jspecify.annotations.NullMarked;
