/**
 * gRPC clients of the services interactions reads from: posts (statuses) and users
 * (accounts, follows).
 */
@NullMarked
package social.murmur.interactions.remote;

import org.jspecify.annotations.NullMarked;
