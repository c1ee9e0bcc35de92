/** The ProfileImages gRPC API that users calls for avatars and headers. */
@NullMarked
package social.murmur.media.profile.grpc;

import org.jspecify.annotations.NullMarked;
