/**
 * The {@code FollowGraph} gRPC service that feed and notifications read the graph
 * through.
 */
@NullMarked
package social.murmur.users.follow.grpc;

import org.jspecify.annotations.NullMarked;
