/**
 * Test fixtures: stand-in users, media and interactions services and the shared base of
 * the integration tests.
 */
@NullMarked
package social.murmur.posts.support;

import org.jspecify.annotations.NullMarked;
