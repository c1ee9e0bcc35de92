/**
 * Integration test support: the shared Spring context and in-process stand-ins for users,
 * posts and interactions.
 */
@NullMarked
package social.murmur.notifications.support;

import org.jspecify.annotations.NullMarked;
