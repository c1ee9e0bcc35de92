/**
 * gRPC clients of the services notifications reads from: users (accounts, follow graph),
 * posts and interactions (like counts and the viewer's likes).
 */
@NullMarked
package social.murmur.notifications.remote;

import org.jspecify.annotations.NullMarked;
