/** What the integration tests share: one Spring context, fake neighbours, helpers. */
@NullMarked
package social.murmur.auth.testing;

import org.jspecify.annotations.NullMarked;
