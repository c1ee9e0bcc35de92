/**
 * gRPC clients of the services notifications reads from: users (accounts, follow graph)
 * and posts.
 */
@NullMarked
package social.murmur.notifications.remote;

import org.jspecify.annotations.NullMarked;
