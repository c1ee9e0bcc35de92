/** Tests of the ProfileImages gRPC API. */
@NullMarked
package social.murmur.media.profile.grpc;

import org.jspecify.annotations.NullMarked;
