/**
 * Test fixtures: a stand-in users service and the shared base of the integration tests.
 */
@NullMarked
package social.murmur.posts.support;

import org.jspecify.annotations.NullMarked;
