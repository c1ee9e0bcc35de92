/** Integration test support: the shared Spring context and test images made in code. */
@NullMarked
package social.murmur.media.support;

import org.jspecify.annotations.NullMarked;
