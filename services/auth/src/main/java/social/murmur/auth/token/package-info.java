/** Access tokens: issuing, revoking and resolving them. */
@NullMarked
package social.murmur.auth.token;

import org.jspecify.annotations.NullMarked;
