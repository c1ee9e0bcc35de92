/**
 * gRPC between services: every call has a deadline and carries a signed service token,
 * which every server checks.
 */
@NullMarked
package social.murmur.platform.grpc;

import org.jspecify.annotations.NullMarked;
