/**
 * The media service's {@code ProfileImages}, over gRPC, as the store of avatars and
 * headers.
 */
@NullMarked
package social.murmur.users.account.remote;

import org.jspecify.annotations.NullMarked;
