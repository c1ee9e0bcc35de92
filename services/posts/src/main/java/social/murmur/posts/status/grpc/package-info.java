/** The Statuses gRPC service, read by feed and notifications. */
@NullMarked
package social.murmur.posts.status.grpc;

import org.jspecify.annotations.NullMarked;
