/**
 * What Murmur's services promise each other and the outside world: gRPC services and
 * event messages (generated from {@code src/main/protobuf}), topic names, and the
 * Mastodon API entities.
 */
@NullMarked
package social.murmur.contracts;

import org.jspecify.annotations.NullMarked;
