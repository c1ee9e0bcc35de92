/** The gRPC face of tokens: introspection for the gateway. */
@NullMarked
package social.murmur.auth.token.grpc;

import org.jspecify.annotations.NullMarked;
