/**
 * Integration test support: the shared Spring context and in-process stand-ins for posts
 * and users.
 */
@NullMarked
package social.murmur.interactions.support;

import org.jspecify.annotations.NullMarked;
