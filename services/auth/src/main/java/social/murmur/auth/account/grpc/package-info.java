/** The users service, reached over gRPC, as the keeper of account profiles. */
@NullMarked
package social.murmur.auth.account.grpc;

import org.jspecify.annotations.NullMarked;
