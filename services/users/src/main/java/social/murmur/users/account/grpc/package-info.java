/** The {@code Accounts} gRPC service that other Murmur services read profiles through. */
@NullMarked
package social.murmur.users.account.grpc;

import org.jspecify.annotations.NullMarked;
