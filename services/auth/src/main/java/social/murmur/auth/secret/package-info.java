/** Random secrets and the digests they are stored as. */
@NullMarked
package social.murmur.auth.secret;

import org.jspecify.annotations.NullMarked;
